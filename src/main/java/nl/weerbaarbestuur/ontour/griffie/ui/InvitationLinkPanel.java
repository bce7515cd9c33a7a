package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

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
        if (invitation.link() == null) {
            var none = new Paragraph(getTranslation("closed.link.none"));
            none.setId("invitation-none");
            add(none);
        } else {
            var field = new TextField(getTranslation("closed.link.label"));
            field.setId("invitation-link");
            field.setValue(invitation.link());
            field.setReadOnly(true);
            field.setWidthFull();
            field.setHelperText(getTranslation("closed.link.created", DutchTime.dateTime(invitation.createdAt(), getLocale())));
            var copy = new Button(getTranslation("closed.link.copy"),
                    e -> e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", invitation.link()));
            copy.setId("invitation-copy");
            var revoke = new Button(getTranslation("closed.link.revoke"), e -> render(invitations.revoke(sessionId)));
            revoke.setId("invitation-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(field, copy, revoke);
        }
        var renew = new Button(getTranslation("closed.link.renew"), e -> render(invitations.renew(sessionId)));
        renew.setId("invitation-renew");
        add(renew, new Paragraph(getTranslation("closed.link.explain")));
    }
}
