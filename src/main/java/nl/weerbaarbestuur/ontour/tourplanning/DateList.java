package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a griffie's pasted or uploaded list of dates that do not suit: one date a line, written
 * 14-9-2027 or 2027-09-14, optionally followed by a reason after a semicolon (or a tab, as pasted
 * from a spreadsheet): {@code 14-9-2027; Statenvergadering}. Pure, so every rule is unit-tested;
 * each line gets its own problems, for a report that names the line.
 */
public final class DateList {

    /** More lines than days in a tour: a wrong file, most likely. */
    public static final int MAX_LINES = 400;

    private DateList() {
    }

    /** One line as read: its number (from 1, blank lines counted), the date and reason found, and what is wrong. */
    public record Line(int number, String text, @Nullable LocalDate date, String reason, List<InputProblem> problems) {
        public Line {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * The whole list: its lines (blank lines left out), problems of the list as a whole, and how many
     * dates were left out because they lie outside the tour (a calendar export holds the whole year;
     * a typed list has none: there such a date is a problem of its line).
     */
    public record Report(List<Line> lines, List<InputProblem> listProblems, int outside) {
        public Report {
            lines = List.copyOf(lines);
            listProblems = List.copyOf(listProblems);
        }

        public Report(List<Line> lines, List<InputProblem> listProblems) {
            this(lines, listProblems, 0);
        }

        /** A list that cannot be read at all. */
        static Report refused(InputProblem problem) {
            return new Report(List.of(), List.of(problem), 0);
        }

        public List<Line> invalid() {
            return lines.stream().filter(l -> !l.valid()).toList();
        }

        /** Whether every line can be taken over (and there is at least one). */
        public boolean ok() {
            return listProblems.isEmpty() && invalid().isEmpty() && !lines.isEmpty();
        }

        /** The dates and reasons of a list that is {@link #ok()}, in the order given. */
        public Map<LocalDate, String> dates() {
            var result = new LinkedHashMap<LocalDate, String>();
            if (ok()) {
                lines.forEach(l -> result.put(l.date(), l.reason()));
            }
            return result;
        }
    }

    /** Reads the text against the tour's period (both days inclusive). */
    public static Report parse(@Nullable String text, LocalDate first, LocalDate last) {
        if (text == null || text.isBlank()) {
            return new Report(List.of(), List.of(InputProblem.of("tourplanning.input.list.empty")));
        }
        var physical = InputText.lines(text);
        if (physical.length > MAX_LINES) {
            return new Report(List.of(), List.of(InputProblem.of("tourplanning.input.list.too-many", MAX_LINES)));
        }
        var lines = new ArrayList<Line>();
        var seen = new HashMap<LocalDate, Integer>();
        for (int i = 0; i < physical.length; i++) {
            var raw = physical[i];
            if (raw.isBlank()) {
                continue;
            }
            lines.add(line(i + 1, raw, first, last, seen));
        }
        if (lines.isEmpty()) {
            return new Report(List.of(), List.of(InputProblem.of("tourplanning.input.list.empty")));
        }
        return new Report(lines, List.of());
    }

    private static Line line(int number, String raw, LocalDate first, LocalDate last, Map<LocalDate, Integer> seen) {
        int cut = firstSeparator(raw);
        var dateText = cut < 0 ? raw : raw.substring(0, cut);
        var reason = cut < 0 ? "" : raw.substring(cut + 1).strip();
        var problems = new ArrayList<InputProblem>();
        var date = InputText.date(dateText).orElse(null);
        if (date == null) {
            problems.add(InputProblem.of("tourplanning.input.line.no-date", InputText.echo(dateText)));
        } else if (date.isBefore(first) || date.isAfter(last)) {
            problems.add(InputProblem.of("tourplanning.input.line.outside", date, first, last));
        } else if (seen.containsKey(date)) {
            problems.add(InputProblem.of("tourplanning.input.line.duplicate", date, seen.get(date)));
        } else {
            seen.put(date, number);
        }
        problems.addAll(InputText.shortText(reason, InputText.REASON_MAX, "tourplanning.input.reason.too-long",
                "tourplanning.input.reason.unsafe"));
        return new Line(number, raw, date, reason, problems);
    }

    private static int firstSeparator(String raw) {
        int best = -1;
        for (char separator : new char[]{';', '\t', ','}) {
            int at = raw.indexOf(separator);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
