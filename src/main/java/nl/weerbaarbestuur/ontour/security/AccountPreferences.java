package nl.weerbaarbestuur.ontour.security;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choices a staff member makes once and expects to find again on another browser or device (the
 * attendee list's columns): stored per account in the database, not in the browser. A signed-in
 * user without an account row (a test or script identity) is told nothing and stores nothing.
 */
@Service
public class AccountPreferences {

    /** The longest value stored; callers keep to short, self-describing text such as "name,status". */
    public static final int MAX_LENGTH = 1000;

    private final AccountPreferenceRepository preferences;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountPreferences(AccountPreferenceRepository preferences, CurrentUser currentUser, Clock clock) {
        this.preferences = preferences;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> get(String name) {
        var user = currentUser.require();
        if (user.id() <= 0) {
            return Optional.empty();
        }
        return preferences.findById(new AccountPreference.Key(user.id(), name)).map(AccountPreference::getValue);
    }

    @PermitAll
    @Transactional
    public void set(String name, String value) {
        if (value.length() > MAX_LENGTH || name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("preference too long: " + name);
        }
        var user = currentUser.require();
        if (user.id() <= 0) {
            return;
        }
        var key = new AccountPreference.Key(user.id(), name);
        var now = clock.instant();
        preferences.findById(key).ifPresentOrElse(p -> p.change(value, now),
                () -> preferences.save(new AccountPreference(key, value, now)));
    }
}
