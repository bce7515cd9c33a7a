package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.weerbaarbestuur.ontour.privacy.Inzage;
import nl.weerbaarbestuur.ontour.privacy.InzageLinks;
import nl.weerbaarbestuur.ontour.registration.ManagePageSection;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;

/**
 * "Mijn gegevens" on the manage page. On an active link: download everything held about me as
 * JSON, or read it as a page. On a link that shows the status only: no personal data on the page
 * (the address masked), only "send me a link", which mails a short-lived inzage link to the
 * registration's own address.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class InzageSection implements ManagePageSection {

    private final Inzage inzage;
    private final InzageLinks links;
    private final ParticipantRegistrations registrations;

    InzageSection(Inzage inzage, InzageLinks links, ParticipantRegistrations registrations) {
        this.inzage = inzage;
        this.links = links;
        this.registrations = registrations;
    }

    @Override
    public Component create(String manageToken, Attendee registration) {
        var section = new Div();
        section.setId("inzage-section");
        section.addClassName("ot-section");
        section.add(new H3(section.getTranslation("inzage.section.title")));
        if (registrations.showsStatusOnly(registration)) {
            request(section, manageToken, nl.weerbaarbestuur.ontour.shared.EmailAddresses.masked(registration.email()));
            return section;
        }
        var page = new RouterLink(section.getTranslation("inzage.page.link"), InzageView.class,
                new RouteParameters("token", manageToken));
        page.setId("inzage-page");
        var actions = new Div(InzageDownload.anchor(inzage, manageToken, section.getTranslation("inzage.download.json")),
                new Div(page));
        section.add(new Paragraph(section.getTranslation("inzage.section.explain")), actions);
        return section;
    }

    /** The inzage stays possible once the link shows the status only: through a mailed link. */
    @Override
    public boolean showsOnEndedRegistrations() {
        return true;
    }

    private void request(Div section, String manageToken, String maskedAddress) {
        var hours = links.validity().toHours();
        var outcome = new Paragraph();
        outcome.setId("inzage-request-outcome");
        outcome.getElement().setAttribute("role", "status");
        var send = new Button(section.getTranslation("inzage.request.button"), e -> {
            try {
                links.mailLink(manageToken);
                outcome.setText(section.getTranslation("inzage.request.sent", maskedAddress, hours));
            } catch (BusinessRuleException refused) {
                outcome.setText(section.getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        send.setId("inzage-request");
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        section.add(new Paragraph(section.getTranslation("inzage.request.explain", maskedAddress, hours)), send, outcome);
    }
}
