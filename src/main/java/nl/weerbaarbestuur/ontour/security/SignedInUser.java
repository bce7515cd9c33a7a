package nl.weerbaarbestuur.ontour.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in account; what other modules need to know about who is acting. */
public record SignedInUser(long id, String email, String displayName, Role role, Set<String> provinceCodes,
                           String passwordHash, boolean active) implements UserDetails {

    public SignedInUser {
        provinceCodes = Set.copyOf(provinceCodes);
    }

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
                account.getProvinceCodes(), account.getPasswordHash(), account.isActive());
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Whether this user may see the attendees of the given province. */
    public boolean covers(String provinceCode) {
        return role == Role.ORGANISER || (role == Role.GRIFFIE && provinceCodes.contains(provinceCode));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        // Never print the hash.
        return "SignedInUser[" + id + ", " + role + ", " + provinceCodes + "]";
    }
}
