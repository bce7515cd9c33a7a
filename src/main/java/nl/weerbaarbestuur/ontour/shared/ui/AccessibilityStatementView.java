package nl.weerbaarbestuur.ontour.shared.ui;

import nl.weerbaarbestuur.ontour.shared.SiteContact;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility statement (toegankelijkheidsverklaring) that Dutch public bodies must publish
 * (Besluit digitale toegankelijkheid overheid): the standard, what was tested and how, what is known
 * not to work yet, and whom to tell. It says only what the tests in this repository check; it is
 * not an audit by an inspecting body, and it says so.
 */
@Route(AccessibilityStatementView.ROUTE)
@AnonymousAllowed
class AccessibilityStatementView extends Div implements HasDynamicTitle {

    static final String ROUTE = "toegankelijkheid";

    AccessibilityStatementView(SiteContact site) {
        var contactEmail = site.contactEmail();
        addClassName("ot-page");
        addClassName("ot-section");
        setId("accessibility-statement");
        add(new H2(getTranslation("a11y.title")), new Paragraph(getTranslation("a11y.intro")));
        section("standard");
        section("tested");
        var methods = new UnorderedList(item("a11y.tested.axe"), item("a11y.tested.keyboard"), item("a11y.tested.screens"),
                item("a11y.tested.pages"));
        methods.setId("a11y-methods");
        add(methods);
        section("known");
        var known = new UnorderedList(item("a11y.known.audit"), item("a11y.known.screenreader"), item("a11y.known.staff"),
                item("a11y.known.select"), item("a11y.known.selection"), item("a11y.known.files"));
        known.setId("a11y-known");
        add(known);
        var contact = section("contact");
        contact.add(" ");
        contact.add(new Anchor("mailto:" + contactEmail, contactEmail));
        contact.setId("a11y-contact");
        section("updated");
    }

    private Paragraph section(String name) {
        var text = new Paragraph(getTranslation("a11y." + name + ".text"));
        add(new H3(getTranslation("a11y." + name + ".title")), text);
        return text;
    }

    private ListItem item(String key) {
        return new ListItem(getTranslation(key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title");
    }
}
