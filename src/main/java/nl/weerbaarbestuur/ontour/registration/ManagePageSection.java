package nl.weerbaarbestuur.ontour.registration;

import com.vaadin.flow.component.Component;

/**
 * A part of the participant's manage page (/mijn/{token}) that another module contributes, such
 * as the privacy module's "Verwijder mijn gegevens". The manage page shows every bean of this
 * type below its own content; the registration module thus never depends on the contributing
 * module (which may depend on registration).
 */
public interface ManagePageSection {

    /** A new component for this page view; {@code manageToken} is the raw token from the link. */
    Component create(String manageToken, Attendee registration);

    /**
     * Whether the section also appears once the link shows the status only (a cancelled
     * registration, a session that is over): only sections that reveal no personal data, such as
     * erasure.
     */
    default boolean showsOnEndedRegistrations() {
        return false;
    }
}
