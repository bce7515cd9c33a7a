package nl.weerbaarbestuur.ontour.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * Writes iCalendar files with iCal4j: one VCALENDAR with the Europe/Amsterdam VTIMEZONE and the
 * given events. Pure: the same entries give the same bytes (golden-file tested).
 *
 * <p>Two things iCal4j 4.4.0 does not get right on its own, handled here:
 * <ul>
 * <li>its time-zone registry aliases Europe/Amsterdam to Europe/Brussels and adds the full
 * history; the VTIMEZONE written here keeps only the current rules (observances without UNTIL)
 * under TZID Europe/Amsterdam, matching the TZID of DTSTART/DTEND;</li>
 * <li>its folding counts characters, while RFC 5545 limits lines to 75 <em>octets</em>: the
 * output is unfolded and folded again by UTF-8 octets, never inside a character.</li>
 * </ul>
 */
public final class InviteComposer {

    static final String PRODID = "-//Weerbaar Bestuur//On Tour//NL";
    private static final int MAX_OCTETS = 75;
    private static final VTimeZone AMSTERDAM = amsterdam();

    /** One VCALENDAR with the given method and events. */
    public String compose(InviteMethod method, List<CalendarEntry> entries) {
        return compose(method, entries, null);
    }

    /** A feed: as {@link #compose(InviteMethod, List)}, named for subscribing clients (X-WR-CALNAME). */
    public String compose(InviteMethod method, List<CalendarEntry> entries, @Nullable String calendarName) {
        var components = new ComponentList<CalendarComponent>();
        components = (ComponentList<CalendarComponent>) components.add(AMSTERDAM.copy());
        for (var entry : entries) {
            components = (ComponentList<CalendarComponent>) components.add(event(method, entry));
        }
        PropertyList properties = (PropertyList) new PropertyList()
                .add(new ProdId(PRODID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(new CalScale(CalScale.VALUE_GREGORIAN))
                .add(switch (method) {
                    case REQUEST -> ImmutableMethod.REQUEST;
                    case CANCEL -> ImmutableMethod.CANCEL;
                    case PUBLISH -> ImmutableMethod.PUBLISH;
                });
        if (calendarName != null) {
            properties = (PropertyList) properties.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        var calendar = new Calendar((PropertyList) properties, components);
        var out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Calendar file not valid: " + e.getMessage(), e);
        }
        return fold(unfold(out.toString()));
    }

    /** The file for one participant (REQUEST or CANCEL) or one public event (PUBLISH). */
    public String compose(InviteMethod method, CalendarEntry entry) {
        return compose(method, List.of(entry));
    }

    private static VEvent event(InviteMethod method, CalendarEntry e) {
        var event = new VEvent(DutchTime.inAmsterdam(e.start()), DutchTime.inAmsterdam(e.end()), e.summary());
        // DTSTAMP from the caller's clock, not the wall clock: files stay reproducible.
        event.getProperty(DtStamp.DTSTAMP).ifPresent(event::remove);
        event.add(new DtStamp(e.stamp()));
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.latitude() != null && e.longitude() != null) {
            event.add(new Geo(e.latitude(), e.longitude()));
        }
        if (e.url() != null) {
            event.add(new Url(URI.create(e.url())));
        }
        event.add(new Organizer(new ParameterList(List.of(new Cn(paramText(e.organizer().name())))),
                mailto(e.organizer().email())));
        if (method != InviteMethod.PUBLISH && e.attendee() != null) {
            var cancel = method == InviteMethod.CANCEL;
            event.add(new Attendee(new ParameterList(List.of(new Cn(paramText(e.attendee().name())),
                    Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION,
                    cancel || !e.replyWanted() ? Rsvp.FALSE : Rsvp.TRUE)), mailto(e.attendee().email())));
        }
        if (e.alarmBefore() != null && !e.cancelled()) {
            var alarm = new VAlarm(e.alarmBefore().negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(e.alarmText() == null ? e.summary() : e.alarmText()));
            event.add(alarm);
        }
        return event;
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("Not an e-mail address", ex);
        }
    }

    /** Parameter values may not hold a double quote (RFC 5545 3.1); iCal4j quotes the rest. */
    private static String paramText(@Nullable String value) {
        return value == null ? "" : value.replace('"', '\'').replaceAll("[\\r\\n]+", " ");
    }

    /**
     * Europe/Amsterdam as iCal4j knows it, but under its own name and with only the rules in
     * force (since 1996): see the class comment.
     */
    private static VTimeZone amsterdam() {
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        // iCal4j bundles the IANA zones; Amsterdam missing would be a broken library.
        var full = Objects.requireNonNull(registry.getTimeZone(DutchTime.ZONE.getId()), "no Europe/Amsterdam in iCal4j").getVTimeZone();
        var observances = new ComponentList<Observance>();
        for (var observance : full.getObservances()) {
            var rule = observance.<RRule<?>>getProperty(RRule.RRULE);
            if (rule.isPresent() && rule.get().getRecur().getUntil() == null) {
                observances = (ComponentList<Observance>) observances.add((Observance) observance.copy());
            }
        }
        if (observances.getAll().size() != 2) {
            throw new IllegalStateException("Expected a standard and a daylight rule for Europe/Amsterdam, found "
                    + observances.getAll().size());
        }
        return new VTimeZone((PropertyList) new PropertyList().add(new TzId(DutchTime.ZONE.getId())), observances);
    }

    static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** Folds every line at 75 octets with CRLF + space, never splitting a UTF-8 character. */
    static String fold(String text) {
        var out = new StringBuilder(text.length() + text.length() / 60 * 3);
        for (var line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = MAX_OCTETS - 1; // the leading space counts
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
    }
}
