package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * A closed session's invitation link as organisers (session editor) and griffies (attendee list)
 * see it: the link to copy, "revoke" and "make a new one" (the old one then stops working). The
 * views decide what the buttons do; this only lays them out, the same in both places.
 */
public class InvitationLinkControls extends Div {

    /** {@code link} null: no active link, only "make a new one". */
    public InvitationLinkControls(String link, Instant createdAt, Runnable revoke, Runnable renew) {
        if (link == null) {
            var none = new Paragraph(getTranslation("closed.link.none"));
            none.setId("invitation-none");
            add(none);
        } else {
            var field = new TextField(getTranslation("closed.link.label"));
            field.setId("invitation-link");
            field.setValue(link);
            field.setReadOnly(true);
            field.setWidthFull();
            field.setHelperText(getTranslation("closed.link.created", DutchTime.dateTime(createdAt, getLocale())));
            var copy = new Button(getTranslation("closed.link.copy"),
                    e -> e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link));
            copy.setId("invitation-copy");
            var revokeButton = new Button(getTranslation("closed.link.revoke"), e -> revoke.run());
            revokeButton.setId("invitation-revoke");
            revokeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(field, copy, revokeButton);
        }
        var renewButton = new Button(getTranslation("closed.link.renew"), e -> renew.run());
        renewButton.setId("invitation-renew");
        add(renewButton, new Paragraph(getTranslation("closed.link.explain")));
    }
}
