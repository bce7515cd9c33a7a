package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.weerbaarbestuur.ontour.privacy.Inzage;
import nl.weerbaarbestuur.ontour.registration.ManagePageSection;

/** "Mijn gegevens" on the manage page: download everything held about me as JSON, or read it as a page. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class InzageSection implements ManagePageSection {

    private final Inzage inzage;

    InzageSection(Inzage inzage) {
        this.inzage = inzage;
    }

    @Override
    public Component create(String manageToken, nl.weerbaarbestuur.ontour.registration.Registration registration) {
        var section = new Div();
        section.setId("inzage-section");
        section.addClassName("ot-section");
        var page = new RouterLink(section.getTranslation("inzage.page.link"), InzageView.class,
                new RouteParameters("token", manageToken));
        page.setId("inzage-page");
        var actions = new Div(InzageDownload.anchor(inzage, manageToken, section.getTranslation("inzage.download.json")),
                new Div(page));
        section.add(new H3(section.getTranslation("inzage.section.title")),
                new Paragraph(section.getTranslation("inzage.section.explain")), actions);
        return section;
    }
}
