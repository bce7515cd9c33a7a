package nl.weerbaarbestuur.ontour.registration;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to the participant's manage page ({@code /mijn/{token}}), such as the
 * privacy module's "download my data". Registration knows only this interface, so the modules that
 * read registrations can still add to the page without a cycle.
 */
public interface ManagePageSection {

    /** The section for the manage link with this raw token (already known to be valid). */
    Component create(String manageToken);
}
