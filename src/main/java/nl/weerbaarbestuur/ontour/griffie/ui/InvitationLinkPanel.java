package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.shared.ui.InvitationLinkControls;

/**
 * For a closed session in the griffie's own province: the invitation link to share with its
 * Statenleden, and the buttons to revoke it or make a new one (the old one then stops working).
 */
class InvitationLinkPanel extends Div {

    private final SessionInvitations invitations;
    private final long sessionId;

    InvitationLinkPanel(SessionInvitations invitations, long sessionId) {
        this.invitations = invitations;
        this.sessionId = sessionId;
        setId("griffie-invitation");
        addClassName("ot-notice-muted");
        render(invitations.of(sessionId));
    }

    private void render(SessionInvitations.Invitation invitation) {
        removeAll();
        add(new H3(getTranslation("closed.editor.title")), new Paragraph(getTranslation("closed.griffie.intro")));
        add(new InvitationLinkControls(invitation.link(), invitation.createdAt(),
                () -> render(invitations.revoke(sessionId)), () -> render(invitations.renew(sessionId))));
    }
}
