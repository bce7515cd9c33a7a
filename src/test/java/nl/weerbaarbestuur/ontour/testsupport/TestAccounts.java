package nl.weerbaarbestuur.ontour.testsupport;

import java.util.UUID;

/**
 * Addresses for test accounts. The database is shared by all test classes of a run, and a
 * MariaDB test database outlives the run, so every test makes its own addresses.
 */
public final class TestAccounts {

    /** Created by FirstOrganiser from src/test/resources/config/application.properties. */
    public static final String FIRST_ORGANISER = "admin@test.ontour.nl";
    public static final String FIRST_ORGANISER_PASSWORD = "Test-admin-password-1";

    private TestAccounts() {
    }

    public static String uniqueEmail(String localPart) {
        return localPart + "." + UUID.randomUUID().toString().substring(0, 8) + "@test.ontour.nl";
    }
}
