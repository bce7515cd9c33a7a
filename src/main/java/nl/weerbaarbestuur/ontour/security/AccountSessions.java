package nl.weerbaarbestuur.ontour.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open HTTP sessions of each account, so that deactivating an account or changing its password
 * ends all of them at once: the next request or Vaadin round trip of such a session finds no
 * session and lands on the sign-in page.
 *
 * <p>At sign-in (a {@link SessionAuthenticationStrategy} on the UI chain) the session gets a marker
 * attribute; the servlet container tells the marker when it is bound and unbound (session
 * invalidated, timed out, or migrated), which keeps this registry exact without a listener of its
 * own. Sessions are invalidated with the servlet API, so Vaadin closes its UIs too. Kept in memory:
 * sessions themselves live in this one instance's memory (no session replication).
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);
    static final String ATTRIBUTE = AccountSessions.class.getName() + ".account";

    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();
    private final int signedInSeconds;

    AccountSessions(SecuritySettings settings) {
        this.signedInSeconds = Math.toIntExact(settings.login().sessionTimeout().toSeconds());
    }

    /**
     * Marks the session of a form sign-in with its account, and gives it the signed-in length
     * ({@code ontour.login.session-timeout}). Visitors' sessions keep the short default of
     * {@code server.servlet.session.timeout}: each holds a few Vaadin UIs (~57 KB for two pages), and
     * a crowd of visitors who left would otherwise fill the heap for an hour.
     */
    SessionAuthenticationStrategy signInStrategy() {
        return (authentication, request, response) -> {
            if (authentication.getPrincipal() instanceof SignedInUser user) {
                request.getSession().setMaxInactiveInterval(signedInSeconds);
                request.getSession().setAttribute(ATTRIBUTE, new Marker(user.id(), this));
            }
        };
    }

    /** Ends every open session of the account, once the current transaction (if any) has committed. */
    void endAll(long accountId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endAllNow(accountId);
                }
            });
        } else {
            endAllNow(accountId);
        }
    }

    /** How many sessions the account has open: for tests and the log. */
    int openSessions(long accountId) {
        return sessions.getOrDefault(accountId, Set.of()).size();
    }

    private void endAllNow(long accountId) {
        var open = sessions.remove(accountId);
        if (open == null) {
            return;
        }
        int ended = 0;
        for (var session : open) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
        log.info("Ended {} session(s) of account {}", ended, accountId);
    }

    private void bound(long accountId, HttpSession session) {
        sessions.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    private void unbound(long accountId, HttpSession session) {
        sessions.computeIfPresent(accountId, (id, set) -> {
            set.remove(session);
            return set.isEmpty() ? null : set;
        });
    }

    /** Lives in the session; tells the registry when the container binds or unbinds it. */
    static final class Marker implements HttpSessionBindingListener, Serializable {

        private final long accountId;
        private final transient AccountSessions registry;

        Marker(long accountId, AccountSessions registry) {
            this.accountId = accountId;
            this.registry = registry;
        }

        @Override
        public void valueBound(HttpSessionBindingEvent event) {
            if (registry != null) {
                registry.bound(accountId, event.getSession());
            }
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            if (registry != null) {
                registry.unbound(accountId, event.getSession());
            }
        }
    }
}
