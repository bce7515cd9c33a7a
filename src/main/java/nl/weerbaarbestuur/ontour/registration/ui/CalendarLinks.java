package nl.weerbaarbestuur.ontour.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;

/**
 * "Zet in mijn agenda": the .ics download (served by the calendar module under {@code /agenda/}) and
 * add-to-Google and add-to-Outlook.com links that open in the visitor's own browser. Public facts
 * only: no meeting link, no names.
 */
final class CalendarLinks {

    private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OUTLOOK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private CalendarLinks() {
    }

    /** The links for a session page; {@code pageUrl} goes into the entry's details. */
    static Div forSession(SessionFacts s, String pageUrl, java.util.function.Function<String, String> text) {
        var download = new Anchor("agenda/sessie/" + s.id() + ".ics", text.apply("calendar.link.download"));
        download.setId("calendar-download");
        download.getElement().setAttribute("download", "sessie-" + s.id() + ".ics");
        var google = new Anchor(google(s, pageUrl), text.apply("calendar.link.google"), AnchorTarget.BLANK);
        google.setId("calendar-google");
        google.getElement().setAttribute("rel", "noopener noreferrer");
        var outlook = new Anchor(outlook(s, pageUrl), text.apply("calendar.link.outlook"), AnchorTarget.BLANK);
        outlook.setId("calendar-outlook");
        outlook.getElement().setAttribute("rel", "noopener noreferrer");
        var links = new Div(new Span(text.apply("calendar.link.label") + ": "), download, new Span(" · "), google,
                new Span(" · "), outlook);
        links.setId("calendar-links");
        links.addClassName("ot-calendar-links");
        return links;
    }

    /** The participant's own invite as a file, from the manage link. */
    static Anchor personal(String manageToken, java.util.function.Function<String, String> text) {
        var anchor = new Anchor("agenda/mijn/" + encode(manageToken) + ".ics", text.apply("calendar.link.mine"));
        anchor.setId("calendar-personal");
        anchor.getElement().setAttribute("download", "mijn-sessie.ics");
        return anchor;
    }

    /** To the calendar module's subscription page for this participant's own sessions. */
    static Anchor subscribe(String manageToken, java.util.function.Function<String, String> text) {
        var anchor = new Anchor("agenda-abonnement/" + encode(manageToken), text.apply("calendar.link.subscribe"));
        anchor.setId("calendar-subscribe");
        return anchor;
    }

    static String google(SessionFacts s, String pageUrl) {
        return "https://calendar.google.com/calendar/render?action=TEMPLATE"
                + "&text=" + encode(s.title())
                + "&dates=" + GOOGLE.format(s.startsAt()) + "/" + GOOGLE.format(s.endsAt())
                + "&ctz=Europe/Amsterdam"
                + "&details=" + encode(pageUrl)
                + (location(s) == null ? "" : "&location=" + encode(location(s)));
    }

    static String outlook(SessionFacts s, String pageUrl) {
        return "https://outlook.live.com/calendar/0/action/compose?rru=addevent"
                + "&subject=" + encode(s.title())
                + "&startdt=" + OUTLOOK.format(s.startsAt())
                + "&enddt=" + OUTLOOK.format(s.endsAt())
                + "&body=" + encode(pageUrl)
                + (location(s) == null ? "" : "&location=" + encode(location(s)));
    }

    private static String location(SessionFacts s) {
        return s.place().address() == null ? null : (s.place().name() == null ? "" : s.place().name() + ", ") + s.place().address();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
