package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Below every page: the privacy statement, the accessibility statement (which Dutch public bodies
 * must publish), how to reach the team, and for a visitor the sign-in link. Staff sign in here, so
 * the header of the participants' pages carries nothing they do not need.
 */
class SiteFooter extends Footer {

    SiteFooter(String contactEmail, boolean visitor) {
        setId("site-footer");
        addClassName("ot-footer");
        var links = new UnorderedList();
        links.add(item(new Anchor("privacy", getTranslation("footer.privacy")), "footer-privacy"));
        links.add(item(new Anchor(AccessibilityStatementView.ROUTE, getTranslation("footer.accessibility")), "footer-accessibility"));
        links.add(item(new Anchor("mailto:" + contactEmail, getTranslation("footer.contact", contactEmail)), "footer-contact"));
        if (visitor) {
            var signIn = new Anchor("login", getTranslation("layout.sign-in"));
            signIn.setId("sign-in");
            links.add(new ListItem(signIn));
        }
        getElement().setAttribute("aria-label", getTranslation("footer.label"));
        add(links);
    }

    private static ListItem item(Anchor link, String id) {
        link.setId(id);
        return new ListItem(link);
    }
}
