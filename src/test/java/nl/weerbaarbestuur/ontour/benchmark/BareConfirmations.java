package nl.weerbaarbestuur.ontour.benchmark;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The confirmation done a second, independent way, to see what the database work itself costs:
 * plain JDBC on the application's pool, in a servlet filter before Spring Security, Spring MVC,
 * Hibernate and Spring Modulith. {@code POST /bench/bare/{token}} runs the same statements as the
 * application's confirmation (the registration by its token's hash, the session's approval flag,
 * the seat ledger locked, an event publication row of the same size, the registration and the
 * ledger updated, one commit); an unknown token is a 404 after the first select, in a transaction
 * like the application's. Only the benchmark registers it.
 */
final class BareConfirmations extends OncePerRequestFilter {

    static final String PATH = "/bench/bare/";
    private static final String EVENT = "{\"registrationId\":%d,\"sessionId\":%d,\"status\":\"%s\",\"at\":\"%s\"}";

    private final DataSource dataSource;

    BareConfirmations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var token = request.getRequestURI().substring(PATH.length());
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var status = confirm(connection, SecretTokens.hash(token));
                if (status == null) {
                    connection.rollback();
                    answer(response, 404, "{\"error\":\"not found\"}");
                } else {
                    connection.commit();
                    answer(response, 200, "{\"status\":\"" + status + "\"}");
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    /** The registration's status afterwards, or null for an unknown token. */
    private static String confirm(Connection connection, String hash) throws SQLException {
        long id;
        long sessionId;
        String status;
        try (var select = connection.prepareStatement(
                "select id, training_session_id, status, expires_at from registration where confirmation_token_hash = ?")) {
            select.setString(1, hash);
            try (var row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                id = row.getLong(1);
                sessionId = row.getLong(2);
                status = row.getString(3);
            }
        }
        if (!"PENDING_CONFIRMATION".equals(status)) {
            return status;
        }
        try (var select = connection.prepareStatement(
                "select griffie_approval_required from training_session where id = ? and status <> 'DRAFT'")) {
            select.setLong(1, sessionId);
            try (var row = select.executeQuery()) {
                if (!row.next() || row.getBoolean(1)) {
                    throw new IllegalStateException("the bare path handles open sessions without approval only");
                }
            }
        }
        int capacity;
        int taken;
        long sequence;
        try (var lock = connection.prepareStatement(
                "select capacity, taken, waitlist_sequence from seat_ledger where training_session_id = ? for update")) {
            lock.setLong(1, sessionId);
            try (var row = lock.executeQuery()) {
                row.next();
                capacity = row.getInt(1);
                taken = row.getInt(2);
                sequence = row.getLong(3);
            }
        }
        var now = Timestamp.from(Instant.now());
        Long position = null;
        if (taken < capacity) {
            taken++;
            status = "CONFIRMED";
        } else {
            position = ++sequence;
            status = "WAITLISTED";
        }
        try (var insert = connection.prepareStatement("""
                insert into EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
                  COMPLETION_ATTEMPTS, COMPLETION_DATE) values (?, ?, ?, ?, ?, 'COMPLETED', 1, ?)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, "nl.weerbaarbestuur.ontour.registration.RegistrationEvents$Confirmed");
            insert.setString(3, "nl.weerbaarbestuur.ontour.benchmark.BareConfirmations.none(java.lang.Object)");
            insert.setTimestamp(4, now);
            insert.setString(5, EVENT.formatted(id, sessionId, status, now.toInstant()));
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
        try (var update = connection.prepareStatement("""
                update registration set status = ?, confirmed_at = ?, waitlist_position = ?, status_changed_at = ?,
                  version = version + 1 where id = ?""")) {
            update.setString(1, status);
            update.setTimestamp(2, now);
            update.setObject(3, position);
            update.setTimestamp(4, now);
            update.setLong(5, id);
            update.executeUpdate();
        }
        try (var update = connection.prepareStatement(
                "update seat_ledger set taken = ?, waitlist_sequence = ? where training_session_id = ?")) {
            update.setInt(1, taken);
            update.setLong(2, sequence);
            update.setLong(3, sessionId);
            update.executeUpdate();
        }
        return status;
    }

    private static void answer(HttpServletResponse response, int status, String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
