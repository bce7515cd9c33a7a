package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.ui.InvitationLinkControls;

/**
 * "Besloten sessie" in the session editor: the checkbox that closes a session, and for a closed
 * session its invitation link to copy, renew (the old one dies) or revoke.
 */
class InvitationPanel extends Div {

    private final SessionInvitations invitations;
    private final Checkbox closed = new Checkbox();
    private final Div link = new Div();
    private Long sessionId;

    InvitationPanel(SessionInvitations invitations) {
        this.invitations = invitations;
        setId("invitation-panel");
        addClassName("ot-notice-muted");
        closed.setId("session-closed");
        closed.setLabel(getTranslation("closed.editor.checkbox"));
        closed.setHelperText(getTranslation("closed.editor.help"));
        closed.addValueChangeListener(e -> {
            if (e.isFromClient() && sessionId != null) {
                act(() -> invitations.setClosed(sessionId, e.getValue()));
            }
        });
        add(new H3(getTranslation("closed.editor.title")), closed, link);
    }

    void showNew() {
        sessionId = null;
        closed.setValue(false);
        closed.setEnabled(false);
        link.removeAll();
        link.add(new Paragraph(getTranslation("closed.editor.save-first")));
    }

    void show(long id, boolean editable) {
        sessionId = id;
        closed.setEnabled(editable);
        render(invitations.of(id));
    }

    private void act(java.util.function.Supplier<SessionInvitations.Invitation> action) {
        try {
            render(action.get());
        } catch (BusinessRuleException e) {
            link.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    private void render(SessionInvitations.Invitation invitation) {
        closed.setValue(invitation.closed());
        link.removeAll();
        if (!invitation.closed()) {
            return;
        }
        link.add(new InvitationLinkControls(invitation.link(), invitation.createdAt(),
                () -> act(() -> invitations.revoke(sessionId)), () -> act(() -> invitations.renew(sessionId))));
    }
}
