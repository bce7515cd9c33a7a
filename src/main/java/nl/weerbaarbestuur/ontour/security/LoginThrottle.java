package nl.weerbaarbestuur.ontour.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to lock an owner out (OWASP
 * Authentication Cheat Sheet: "account lockout" vs. throttling). There is no hard lock; instead:
 *
 * <ol>
 *   <li><b>Growing delay per account.</b> The first {@value #FREE_FAILURES} consecutive failures
 *   cost nothing; after that each failure sets a "not before" time 1 s, 2 s, 4 s ... later, capped at
 *   {@code ontour.login.max-delay} (60 s). An attempt before that time is refused without checking
 *   the password and does not count as a try. A successful sign-in resets the sequence.</li>
 *   <li><b>Hourly budget per account.</b> At most {@code ontour.login.account-failures-per-hour}
 *   (10) failures in any rolling hour, over every spelling of the address and every client address.
 *   When it is spent, the account refuses attempts from every client address, except from
 *   <i>trusted</i> ones: an address from which this account signed in successfully in the last
 *   {@value #TRUSTED_DAYS} days. A trusted address has its own budget of the same size, so a guesser
 *   elsewhere cannot spend it.</li>
 *   <li><b>Per client address.</b> At most {@code ontour.login.address-failures-per-hour} (30)
 *   failures in a rolling hour over all accounts; then that address is refused for everything.
 *   IPv6 addresses count per /64 network, which one subscriber usually has whole.</li>
 * </ol>
 *
 * <p>So a guesser who does not share a network address with the owner gets at most 10 tries an
 * hour per account, and the owner, from an address they used before, waits at most 60 s. An owner
 * on a new address during an attack can take the "wachtwoord vergeten" route: a completed reset
 * clears the account's failures ({@link #forgiveAccount}) and makes the address trusted.
 *
 * <p>Accounts are counted per <i>matched account</i> (key {@code account:<id>}), never per typed
 * text; an address that matches no account is counted under its normalised text, so that the
 * answers do not tell whether an account exists.
 *
 * <p>Attempts still running (the password hash takes a while) count against the hourly budgets, so
 * a burst of parallel guesses gets no more than the budget either. A script that signs in with HTTP
 * Basic on many parallel requests is capped the same way; it should use an API token.
 *
 * <p>Kept in memory, per application instance: one instance is the deployment we have (README);
 * two instances would each allow the budget, and a restart forgets the counts. A shared table would
 * fix both at the price of a write on every failure; the counts are short-lived, so memory it is.
 * Entries older than an hour are dropped by {@link #forgetExpired()}.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final int FREE_FAILURES = 3;
    static final int TRUSTED_DAYS = 30;
    private static final int MAX_TRUSTED_ADDRESSES = 20;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String UNKNOWN_ADDRESS = "";

    private final Clock clock;
    private final Duration maxDelay;
    private final int accountBudget;
    private final int addressBudget;
    private final Map<String, AccountState> accounts = new HashMap<>();
    private final Map<String, Deque<Instant>> addresses = new HashMap<>();
    /** Attempts between {@link #begin} and {@link #end}, per account key and per client address. */
    private final Map<String, Integer> inFlight = new HashMap<>();

    LoginThrottle(Clock clock,
                  SecuritySettings security) {
        var settings = security.login();
        this.clock = clock;
        this.maxDelay = settings.maxDelay();
        this.accountBudget = settings.accountFailuresPerHour();
        this.addressBudget = settings.addressFailuresPerHour();
    }

    private static final class AccountState {
        int consecutive;
        Instant notBefore = Instant.MIN;
        /** Failures from addresses that are not trusted, in the last hour. */
        final Deque<Instant> untrusted = new ArrayDeque<>();
        /** Failures per trusted address, in the last hour. */
        final Map<String, Deque<Instant>> trusted = new HashMap<>();
        /** Address -> last successful sign-in from it; oldest first. */
        final LinkedHashMap<String, Instant> trustedAddresses = new LinkedHashMap<>();
    }

    /**
     * Whether an attempt for this account from this client address may check a password now.
     * Attempts still running count as failures against the hourly budgets, so that a burst of
     * parallel guesses cannot slip through before the first of them is recorded.
     */
    synchronized boolean mayTry(String accountKey, @Nullable String clientAddress) {
        var now = clock.instant();
        var address = network(clientAddress);
        if (!address.equals(UNKNOWN_ADDRESS)
                && recent(addresses.get(address), now) + running("address:" + address) >= addressBudget) {
            return false;
        }
        var state = accounts.get(accountKey);
        var running = running(accountKey);
        if (state == null) {
            return running < accountBudget;
        }
        if (now.isBefore(state.notBefore)) {
            return false;
        }
        if (isTrusted(state, address, now)) {
            return recent(state.trusted.get(address), now) + running < accountBudget;
        }
        return recent(state.untrusted, now) + running < accountBudget;
    }

    /** {@link #mayTry}, and if so counts the attempt as running until {@link #end}. */
    synchronized boolean begin(String accountKey, @Nullable String clientAddress) {
        if (!mayTry(accountKey, clientAddress)) {
            return false;
        }
        inFlight.merge(accountKey, 1, Integer::sum);
        inFlight.merge("address:" + network(clientAddress), 1, Integer::sum);
        return true;
    }

    /** The attempt begun with {@link #begin} is over (after its success or failure was recorded). */
    synchronized void end(String accountKey, @Nullable String clientAddress) {
        inFlight.computeIfPresent(accountKey, (k, n) -> n <= 1 ? null : n - 1);
        inFlight.computeIfPresent("address:" + network(clientAddress), (k, n) -> n <= 1 ? null : n - 1);
    }

    private int running(String key) {
        return inFlight.getOrDefault(key, 0);
    }

    synchronized void recordFailure(String accountKey, @Nullable String clientAddress) {
        var now = clock.instant();
        var address = network(clientAddress);
        if (!address.equals(UNKNOWN_ADDRESS)) {
            var failures = addresses.computeIfAbsent(address, a -> new ArrayDeque<>());
            failures.addLast(now);
            if (recent(failures, now) == addressBudget) {
                log.warn("Sign-in refused for a client address after {} failed attempts within an hour", addressBudget);
            }
        }
        var state = accounts.computeIfAbsent(accountKey, k -> new AccountState());
        state.consecutive++;
        if (state.consecutive >= FREE_FAILURES) {
            state.notBefore = now.plus(delayAfter(state.consecutive));
        }
        var bucket = isTrusted(state, address, now)
                ? state.trusted.computeIfAbsent(address, a -> new ArrayDeque<>())
                : state.untrusted;
        bucket.addLast(now);
        if (recent(bucket, now) == accountBudget) {
            log.warn("Sign-in to {} refused for untrusted addresses after {} failed attempts within an hour",
                    accountKey.startsWith("account:") ? accountKey : "an unknown address", accountBudget);
        }
    }

    synchronized void recordSuccess(String accountKey, @Nullable String clientAddress) {
        var state = accounts.computeIfAbsent(accountKey, k -> new AccountState());
        state.consecutive = 0;
        state.notBefore = Instant.MIN;
        trust(state, network(clientAddress));
    }

    /**
     * The owner proved control of the mailbox (a completed password reset): earlier failures no
     * longer hold the account back, and the address the reset came from is trusted.
     */
    synchronized void forgiveAccount(String accountKey, @Nullable String clientAddress) {
        var state = new AccountState();
        var old = accounts.put(accountKey, state);
        if (old != null) {
            state.trustedAddresses.putAll(old.trustedAddresses);
        }
        trust(state, network(clientAddress));
    }

    /** 1 s after the {@value #FREE_FAILURES}rd consecutive failure, doubling, at most the maximum delay. */
    Duration delayAfter(int consecutiveFailures) {
        int doublings = Math.min(consecutiveFailures - FREE_FAILURES, 30);
        var delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    @Scheduled(fixedDelay = 600_000)
    synchronized void forgetExpired() {
        var now = clock.instant();
        addresses.values().removeIf(failures -> recent(failures, now) == 0);
        for (Iterator<AccountState> it = accounts.values().iterator(); it.hasNext(); ) {
            var state = it.next();
            recent(state.untrusted, now);
            state.trusted.values().removeIf(failures -> recent(failures, now) == 0);
            state.trustedAddresses.values().removeIf(since -> since.plus(Duration.ofDays(TRUSTED_DAYS)).isBefore(now));
            if (state.untrusted.isEmpty() && state.trusted.isEmpty() && state.trustedAddresses.isEmpty()
                    && !now.isBefore(state.notBefore)) {
                it.remove();
            }
        }
    }

    /** For tests that share one application context: start from nothing. */
    synchronized void clear() {
        accounts.clear();
        addresses.clear();
        inFlight.clear();
    }

    private void trust(AccountState state, String address) {
        if (address.equals(UNKNOWN_ADDRESS)) {
            return;
        }
        state.trustedAddresses.remove(address);
        state.trustedAddresses.put(address, clock.instant());
        while (state.trustedAddresses.size() > MAX_TRUSTED_ADDRESSES) {
            state.trustedAddresses.remove(state.trustedAddresses.keySet().iterator().next());
        }
    }

    private static boolean isTrusted(AccountState state, String address, Instant now) {
        var since = state.trustedAddresses.get(address);
        return since != null && !since.plus(Duration.ofDays(TRUSTED_DAYS)).isBefore(now);
    }

    /** Drops failures older than an hour and returns how many remain. */
    private static int recent(@Nullable Deque<Instant> failures, Instant now) {
        if (failures == null) {
            return 0;
        }
        var horizon = now.minus(HOUR);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
            failures.removeFirst();
        }
        return failures.size();
    }

    /**
     * The unit a client address is counted in: the IPv4 address itself, or the /64 network of an
     * IPv6 address (one household or phone gets a whole /64 and could otherwise rotate through it).
     */
    static String network(@Nullable String clientAddress) {
        if (clientAddress == null || clientAddress.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        var text = clientAddress.strip();
        // Only IPv6 literals are parsed: InetAddress must never resolve a name here.
        if (!text.contains(":") || !text.matches("[\\[\\]0-9A-Fa-f:.%\\w]+")) {
            return text;
        }
        try {
            var literal = text.replace("[", "").replace("]", "").replaceAll("%.*$", "");
            var bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return text;
        }
    }
}
