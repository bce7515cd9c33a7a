package nl.weerbaarbestuur.ontour.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who answers for the processing, as the privacy statement names them: the controller
 * ({@code ontour.privacy.controller}, {@code ONTOUR_PRIVACY_CONTROLLER}) and how to reach its
 * privacy officer ({@code ontour.privacy.officer-contact}, {@code ONTOUR_PRIVACY_OFFICER}).
 *
 * @param controller the controller named in the privacy statement
 * @param officerContact how to reach the privacy officer (FG), shown in the privacy statement (empty: the FG of the Ondersteuningsteam, privacy@weerbaarbestuur.nl)
 */
@ConfigurationProperties("ontour.privacy")
public record PrivacyContact(String controller, String officerContact) {

    public static final String DEFAULT_CONTROLLER = "Ondersteuningsteam Weerbaar Bestuur";
    public static final String DEFAULT_OFFICER = "de functionaris gegevensbescherming van het Ondersteuningsteam Weerbaar Bestuur, "
            + "privacy@weerbaarbestuur.nl";

    public PrivacyContact {
        controller = controller == null || controller.isBlank() ? DEFAULT_CONTROLLER : controller.strip();
        officerContact = officerContact == null || officerContact.isBlank() ? DEFAULT_OFFICER : officerContact.strip();
    }
}
