package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the participant lands after erasing their data: it says what happened, and shows nothing of them. */
@Route("gegevens-verwijderd")
@AnonymousAllowed
class ErasureDoneView extends Div implements HasDynamicTitle {

    ErasureDoneView() {
        addClassName("ot-page");
        var title = new H2(getTranslation("privacy.erase.done.title"));
        title.setId("erasure-done");
        add(title, new Paragraph(getTranslation("privacy.erase.done.text")),
                new Anchor("sessies", getTranslation("privacy.erase.done.catalogue")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.erase.done.title");
    }
}
