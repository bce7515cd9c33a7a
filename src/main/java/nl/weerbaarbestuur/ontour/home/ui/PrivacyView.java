package nl.weerbaarbestuur.ontour.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The privacy statement that participants consent to when they register. */
@Route("privacy")
@AnonymousAllowed
class PrivacyView extends Div implements HasDynamicTitle {

    PrivacyView() {
        addClassName("ot-page");
        addClassName("ot-section");
        add(new H2(getTranslation("privacy.title")));
        for (var part : new String[]{"who", "what", "why", "who-sees", "how-long", "rights"}) {
            add(new H3(getTranslation("privacy." + part + ".title")), new Paragraph(getTranslation("privacy." + part + ".text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
