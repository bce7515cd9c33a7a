package nl.weerbaarbestuur.ontour.security;

import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account of a typed address: normalised, then matched exactly (see EmailAddresses). */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(EmailAddresses.normalise(username))
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
