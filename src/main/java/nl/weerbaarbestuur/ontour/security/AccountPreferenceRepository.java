package nl.weerbaarbestuur.ontour.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountPreferenceRepository extends JpaRepository<AccountPreference, AccountPreference.Key> {
}
