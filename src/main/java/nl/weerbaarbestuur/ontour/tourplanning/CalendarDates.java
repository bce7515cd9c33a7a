package nl.weerbaarbestuur.ontour.tourplanning;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.CalendarComponent;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * Reads a calendar export (.ics, e.g. the griffie's Statenvergaderingen from Outlook or Google) as
 * dates that do not suit: every day an event covers, with the event's title (SUMMARY) as the reason,
 * without control characters and cut to the longest reason allowed. Repeating events (RRULE, minus
 * EXDATE) count on each day they fall; cancelled events do not count. Days outside the tour are left
 * out and counted (an export holds the whole year); a day two events share counts once, with the
 * first event's title. Parsed with iCal4j; the dates are read from the values as written, so a
 * time zone iCal4j does not know (Outlook's "W. Europe Standard Time") does not matter. An event
 * that cannot be read is a problem named by the line its BEGIN:VEVENT stands on.
 */
public final class CalendarDates {

    /** Longer than any recess: an event longer than this is most likely not a date that does not suit. */
    static final int MAX_EVENT_DAYS = 92;
    private static final int MAX_EVENTS = 5000;

    private static final Pattern CONTENT_LINE = Pattern.compile("[A-Za-z0-9_-]+(;[^:]*(\"[^\"]*\"[^:]*)*)?:.*");
    private static final Pattern DATE_VALUE = Pattern.compile("(\\d{8})(T(\\d{6})(Z)?)?");
    private static final Pattern UNTIL_TIME = Pattern.compile("(?i)(UNTIL=\\d{8})T\\d{6}Z?");
    private static final Pattern WEEKS_DAYS = Pattern.compile("P(?:(\\d+)W)?(?:(\\d+)D)?.*");
    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private CalendarDates() {
    }

    public static DateList.Report parse(String text, LocalDate first, LocalDate last) {
        // iCal4j reads past a line it does not understand, or names the line where it gave up (often
        // the end): the first line that is no "NAME:value" (nor folded onto one) is the one to correct.
        int malformed = firstMalformedLine(text);
        if (malformed > 0) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.ics.unreadable", malformed));
        }
        net.fortuna.ical4j.model.Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.ics.unreadable", Math.max(1, e.getLineNo())));
        } catch (IOException | RuntimeException e) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.ics.unreadable-file"));
        }
        List<CalendarComponent> events = calendar.getComponents(Component.VEVENT);
        if (events.isEmpty()) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.ics.no-events"));
        }
        if (events.size() > MAX_EVENTS) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.ics.too-many-events", MAX_EVENTS));
        }
        var starts = eventLines(text);
        var lines = new ArrayList<DateList.Line>();
        var seen = new HashSet<LocalDate>();
        int outside = 0;
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            int number = i < starts.size() ? starts.get(i) : 0;
            var summary = value(event, Property.SUMMARY).orElse("");
            if (value(event, Property.STATUS).map(s -> s.equalsIgnoreCase("CANCELLED")).orElse(false)) {
                continue;
            }
            var reason = reason(summary);
            var startValue = value(event, Property.DTSTART).orElse("");
            var start = dateOf(startValue);
            if (start == null) {
                lines.add(new DateList.Line(number, summary, null, reason,
                        List.of(InputProblem.of("tourplanning.input.ics.no-start", InputText.echo(summary)))));
                continue;
            }
            var end = lastDay(event, startValue, start);
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            if (days > MAX_EVENT_DAYS) {
                lines.add(new DateList.Line(number, summary, start, reason,
                        List.of(InputProblem.of("tourplanning.input.ics.too-long", InputText.echo(summary), MAX_EVENT_DAYS))));
                continue;
            }
            var occurrences = occurrences(event, start, first.minusDays(days), last);
            if (occurrences == null) {
                lines.add(new DateList.Line(number, summary, start, reason,
                        List.of(InputProblem.of("tourplanning.input.ics.repeat", InputText.echo(summary)))));
                continue;
            }
            for (var occurrence : occurrences) {
                for (int d = 0; d < days; d++) {
                    var day = occurrence.plusDays(d);
                    if (day.isBefore(first) || day.isAfter(last)) {
                        outside++;
                    } else if (seen.add(day)) {
                        lines.add(new DateList.Line(number, summary, day, reason, List.of()));
                    }
                }
            }
        }
        if (lines.size() > DateList.MAX_LINES) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.list.too-many", DateList.MAX_LINES));
        }
        if (lines.isEmpty()) {
            return new DateList.Report(List.of(), List.of(InputProblem.of("tourplanning.input.ics.none-in-tour", first, last)),
                    outside);
        }
        return new DateList.Report(lines, List.of(), outside);
    }

    /** An event's title as a reason: one line, without control or invisible characters, at most as long as a reason may be. */
    static String reason(String summary) {
        var clean = summary.codePoints()
                .map(c -> Character.isWhitespace(c) ? ' ' : c)
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll(" {2,}", " ").strip();
        if (clean.codePointCount(0, clean.length()) <= InputText.REASON_MAX) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, InputText.REASON_MAX - 1)).strip() + "…";
    }

    /**
     * The date of a DATE or DATE-TIME value as written ("20270914", "20270914T193000", and in UTC
     * "20270914T173000Z", which is read in Dutch time); null for anything else.
     */
    static @Nullable LocalDate dateOf(String value) {
        var matcher = DATE_VALUE.matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            if (matcher.group(4) != null) {
                return LocalDateTime.parse(matcher.group(1) + matcher.group(3), BASIC_DATE_TIME)
                        .atOffset(ZoneOffset.UTC).atZoneSameInstant(DutchTime.ZONE).toLocalDate();
            }
            return LocalDate.parse(matcher.group(1), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The last day the event covers. A whole-day event ends the day before its DTEND; a timed one on
     * its DTEND's day, unless it ends at midnight. Without DTEND, its DURATION's weeks and days count;
     * without either, it covers its first day only.
     */
    private static LocalDate lastDay(CalendarComponent event, String startValue, LocalDate start) {
        boolean wholeDays = startValue.strip().length() == 8;
        var endValue = value(event, Property.DTEND).orElse(null);
        if (endValue != null) {
            var end = dateOf(endValue);
            if (end == null || !end.isAfter(start)) {
                return start;
            }
            boolean atMidnight = endValue.strip().length() == 8 || endValue.strip().substring(8).startsWith("T000000");
            return wholeDays || atMidnight ? end.minusDays(1) : end;
        }
        var duration = value(event, Property.DURATION).map(d -> WEEKS_DAYS.matcher(d.strip().toUpperCase(Locale.ROOT)));
        if (duration.isPresent() && duration.get().matches()) {
            var m = duration.get();
            long days = (m.group(1) == null ? 0 : 7L * Long.parseLong(m.group(1))) + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
            if (days > 0) {
                return wholeDays ? start.plusDays(days - 1) : start.plusDays(days);
            }
        }
        return start;
    }

    /**
     * The first days of the event's occurrences that can reach the period: the start alone, or every
     * day its RRULE gives, less its EXDATEs; null when the rule cannot be read.
     */
    private static @Nullable Set<LocalDate> occurrences(CalendarComponent event, LocalDate start, LocalDate from, LocalDate to) {
        var result = new TreeSet<LocalDate>();
        result.add(start);
        var rule = value(event, Property.RRULE).orElse(null);
        if (rule != null) {
            try {
                // Whole days are all that matter here: an UNTIL with a time would not compare with dates.
                var recur = new Recur<LocalDate>(UNTIL_TIME.matcher(rule.strip()).replaceAll("$1"));
                result.addAll(recur.getDates(start, from.isAfter(start) ? from : start, to));
            } catch (Exception e) {
                return null;
            }
        }
        for (var excluded : event.getProperties(Property.EXDATE)) {
            for (var one : ((Property) excluded).getValue().split(",")) {
                var date = dateOf(one);
                if (date != null) {
                    result.remove(date);
                }
            }
        }
        return result;
    }

    private static Optional<String> value(CalendarComponent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue()).filter(v -> v != null);
    }

    /** The first line (from 1) that is neither a content line "NAME[;param=...]:value" nor folded onto one; 0 for none. */
    static int firstMalformedLine(String text) {
        var lines = InputText.lines(text);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue;
            }
            if (!CONTENT_LINE.matcher(line).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The line numbers (from 1) of the BEGIN:VEVENT lines, in order. */
    private static List<Integer> eventLines(String text) {
        var lines = InputText.lines(text);
        var result = new ArrayList<Integer>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equalsIgnoreCase("BEGIN:VEVENT")) {
                result.add(i + 1);
            }
        }
        return result;
    }
}
