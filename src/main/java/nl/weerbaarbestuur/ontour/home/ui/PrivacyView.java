package nl.weerbaarbestuur.ontour.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.weerbaarbestuur.ontour.privacy.PrivacyContact;
import nl.weerbaarbestuur.ontour.privacy.RetentionSettings;
import nl.weerbaarbestuur.ontour.replies.ReplyLog;

/**
 * The privacy statement that participants consent to when they register: controller, purposes,
 * legal basis, recipients, retention, security, rights and the privacy officer. The retention
 * periods come from the same settings the retention job reads, so the two never disagree (the log of
 * calendar replies keeps its own setting, {@code ontour.replies.log-retention}, read here too).
 */
@Route("privacy")
@AnonymousAllowed
class PrivacyView extends Div implements HasDynamicTitle {

    PrivacyView(RetentionSettings retention, PrivacyContact contact, ReplyLog replyLog) {
        addClassName("ot-page");
        addClassName("ot-section");
        addClassName("ot-privacy");
        add(new H2(getTranslation("statement.title")), new Paragraph(getTranslation("statement.intro")));
        section("controller", contact.controller());
        section("data");
        section("purposes");
        section("basis");
        section("recipients");
        var periods = new UnorderedList(
                item("statement.retention.registration", retention.defaultDays(), RetentionSettings.MIN_TOUR_DAYS,
                        RetentionSettings.MAX_TOUR_DAYS),
                item("statement.retention.needs", retention.needsDays()),
                item("statement.retention.unconfirmed", retention.unconfirmedDays()),
                item("statement.retention.sent-mail", retention.sentMailBodyDays()),
                item("statement.retention.failed-mail", retention.failedMailDays()),
                item("statement.retention.logs", retention.logDays()),
                item("statement.retention.calendar-replies", replyLog.retention().toDays()));
        periods.setId("privacy-retention");
        add(new H3(getTranslation("statement.retention.title")), new Paragraph(getTranslation("statement.retention.text")), periods);
        section("security");
        section("rights");
        var complaint = new Anchor("https://autoriteitpersoonsgegevens.nl", getTranslation("statement.complaint.link"));
        complaint.setTarget(AnchorTarget.BLANK);
        complaint.getElement().setAttribute("rel", "noopener noreferrer");
        add(new Paragraph(complaint));
        var officer = section("contact", contact.officerContact(), contact.controller());
        officer.setId("privacy-contact");
    }

    private Paragraph section(String name, Object... arguments) {
        var text = new Paragraph(getTranslation("statement." + name + ".text", arguments));
        text.setId("privacy-" + name);
        add(new H3(getTranslation("statement." + name + ".title")), text);
        return text;
    }

    private ListItem item(String key, Object... arguments) {
        return new ListItem(getTranslation(key, arguments));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title");
    }
}
