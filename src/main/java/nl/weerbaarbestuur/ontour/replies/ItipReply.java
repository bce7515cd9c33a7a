package nl.weerbaarbestuur.ontour.replies;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.Attendee;
import org.jspecify.annotations.Nullable;

/**
 * The one answer an iTIP REPLY (RFC 5546) carries: which invite (UID, SEQUENCE), who answers
 * (the ATTENDEE's address) and how (PARTSTAT). Parsed with iCal4j; anything but exactly one
 * event with exactly one attendee is refused, since a reply speaks for one person about one invite.
 *
 * @param method    REPLY or COUNTER
 * @param attendee  the attendee's address without mailto:, lower case
 * @param partStat  ACCEPTED, DECLINED, TENTATIVE, DELEGATED, ...; upper case
 * @param sequence  SEQUENCE; where it is absent Outlook's X-MICROSOFT-CDO-APPT-SEQUENCE; else 0, as RFC 5546 says
 */
record ItipReply(String method, String uid, int sequence, String attendee, String partStat) {

    /** Outlook's copy of the SEQUENCE it answers, written also where it leaves SEQUENCE out. */
    static final String OUTLOOK_SEQUENCE = "X-MICROSOFT-CDO-APPT-SEQUENCE";

    /** Why a calendar could not be read as one reply. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    static ItipReply parse(String ics) throws Unreadable {
        net.fortuna.ical4j.model.Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new Unreadable("calendar not readable: " + e.getClass().getSimpleName());
        }
        var method = calendar.getProperty(Property.METHOD).map(p -> p.getValue().strip().toUpperCase(Locale.ROOT)).orElse("");
        if (!method.equals("REPLY") && !method.equals("COUNTER")) {
            throw new Unreadable("METHOD is not REPLY or COUNTER: " + shorten(method));
        }
        List<CalendarComponent> events = calendar.getComponents(Component.VEVENT);
        if (events.size() != 1) {
            throw new Unreadable(events.size() + " events");
        }
        var event = events.getFirst();
        var uid = event.getProperty(Property.UID).map(p -> p.getValue().strip()).orElse("");
        if (uid.isEmpty()) {
            throw new Unreadable("no UID");
        }
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        if (attendees.size() != 1) {
            throw new Unreadable(attendees.size() + " attendees");
        }
        var attendee = attendees.getFirst();
        var address = attendee.getValue().strip().replaceFirst("(?i)^mailto:", "").toLowerCase(Locale.ROOT);
        var partStat = attendee.getParameter(Parameter.PARTSTAT).map(p -> ((Parameter) p).getValue().toUpperCase(Locale.ROOT))
                .orElse("NEEDS-ACTION");
        int sequence;
        try {
            var given = event.getProperty(Property.SEQUENCE).map(p -> Integer.parseInt(p.getValue().strip()));
            sequence = given.isPresent() ? given.get() : outlookSequence(event);
        } catch (NumberFormatException e) {
            throw new Unreadable("SEQUENCE not a number");
        }
        return new ItipReply(method, uid, sequence, address, partStat);
    }

    /**
     * Outlook sometimes leaves SEQUENCE out of a reply but names the version it answers in
     * {@code X-MICROSOFT-CDO-APPT-SEQUENCE}; read as 0 such a decline would be set aside as out of date
     * once the session has moved. Only used when SEQUENCE is absent (SEQUENCE, the standard, wins);
     * absent or not a number, the reply answers version 0 as RFC 5546 says.
     */
    private static int outlookSequence(CalendarComponent event) {
        var outlook = event.<Property>getProperty(OUTLOOK_SEQUENCE);
        if (outlook.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(outlook.get().getValue().strip());
        } catch (NumberFormatException e) {
            return 0; // a version that cannot be read is no version: as without it, the safe side (at worst out of date)
        }
    }

    private static String shorten(@Nullable String value) {
        return value == null ? "" : value.length() > 20 ? value.substring(0, 20) : value;
    }
}
