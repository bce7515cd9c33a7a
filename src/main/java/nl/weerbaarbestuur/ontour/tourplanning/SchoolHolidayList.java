package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the school holidays of one school year as an organiser pastes them, one a line:
 * {@code regio;naam;van;tot}, e.g. {@code Noord;Herfstvakantie;17-10-2026;25-10-2026}. The region
 * is Noord, Midden or Zuid, or "Heel Nederland" for a holiday all regions share. A holiday belongs
 * to the school year in which it starts (1 August to 31 July), as the government lists them. Pure.
 */
public final class SchoolHolidayList {

    public static final int MAX_LINES = 200;
    /** Longer than any Dutch school holiday (the summer holiday is six weeks). */
    public static final int MAX_DAYS = 70;

    private static final Map<String, Set<SchoolRegion>> REGIONS = new HashMap<>();

    static {
        for (var word : List.of("noord", "north", "regio noord")) {
            REGIONS.put(word, EnumSet.of(SchoolRegion.NOORD));
        }
        for (var word : List.of("midden", "middle", "central", "regio midden")) {
            REGIONS.put(word, EnumSet.of(SchoolRegion.MIDDEN));
        }
        for (var word : List.of("zuid", "south", "regio zuid")) {
            REGIONS.put(word, EnumSet.of(SchoolRegion.ZUID));
        }
        for (var word : List.of("heel nederland", "alle", "alle regio's", "landelijk", "nederland", "all", "all regions",
                "whole country")) {
            REGIONS.put(word, EnumSet.allOf(SchoolRegion.class));
        }
    }

    private SchoolHolidayList() {
    }

    /** One holiday of one region, read from a line. */
    public record Entry(SchoolRegion region, String name, LocalDate firstDay, LocalDate lastDay) {
    }

    /** One line as read, with the holidays it gives (one per region) and what is wrong with it. */
    public record Line(int number, String text, List<Entry> entries, List<InputProblem> problems) {
        public Line {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public record Report(List<Line> lines, List<InputProblem> listProblems) {
        public Report {
            lines = List.copyOf(lines);
            listProblems = List.copyOf(listProblems);
        }

        public List<Line> invalid() {
            return lines.stream().filter(l -> !l.valid()).toList();
        }

        /** Whether the list can be saved: no problems at all. An empty list is fine: it clears the year. */
        public boolean ok() {
            return listProblems.isEmpty() && invalid().isEmpty();
        }

        public List<Entry> entries() {
            return ok() ? lines.stream().flatMap(l -> l.entries().stream()).toList() : List.of();
        }
    }

    /** The first day of school year {@code startYear} (2026 for 2026-2027). */
    public static LocalDate yearStart(int startYear) {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public static Report parse(@Nullable String text, int schoolYear) {
        if (text == null || text.isBlank()) {
            return new Report(List.of(), List.of());
        }
        var physical = InputText.lines(text);
        if (physical.length > MAX_LINES) {
            return new Report(List.of(), List.of(InputProblem.of("tourplanning.input.holiday.too-many", MAX_LINES)));
        }
        var lines = new ArrayList<Line>();
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < physical.length; i++) {
            if (!physical[i].isBlank()) {
                lines.add(line(i + 1, physical[i], schoolYear, seen));
            }
        }
        return new Report(lines, List.of());
    }

    private static Line line(int number, String raw, int schoolYear, Map<String, Integer> seen) {
        var fields = raw.split("[;\\t]", -1);
        if (fields.length != 4) {
            return new Line(number, raw, List.of(), List.of(InputProblem.of("tourplanning.input.holiday.fields")));
        }
        var problems = new ArrayList<InputProblem>();
        var regions = REGIONS.get(fields[0].strip().toLowerCase(Locale.ROOT).replace('’', '\''));
        if (regions == null) {
            problems.add(InputProblem.of("tourplanning.input.holiday.region", InputText.echo(fields[0])));
        }
        var name = fields[1].strip();
        if (name.isEmpty()) {
            problems.add(InputProblem.of("tourplanning.input.holiday.name-required"));
        }
        problems.addAll(InputText.shortText(name, InputText.NAME_MAX, "tourplanning.input.holiday.name-too-long",
                "tourplanning.input.holiday.name-unsafe"));
        var first = InputText.date(fields[2]).orElse(null);
        var last = InputText.date(fields[3]).orElse(null);
        if (first == null) {
            problems.add(InputProblem.of("tourplanning.input.holiday.bad-date", InputText.echo(fields[2])));
        }
        if (last == null) {
            problems.add(InputProblem.of("tourplanning.input.holiday.bad-date", InputText.echo(fields[3])));
        }
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(InputProblem.of("tourplanning.input.holiday.order"));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                problems.add(InputProblem.of("tourplanning.input.holiday.too-long", MAX_DAYS));
            }
            if (first.isBefore(yearStart(schoolYear)) || !first.isBefore(yearStart(schoolYear + 1))) {
                problems.add(InputProblem.of("tourplanning.input.holiday.outside-year", first, label(schoolYear)));
            }
        }
        var entries = new ArrayList<Entry>();
        if (problems.isEmpty() && regions != null && first != null && last != null) {
            for (var region : regions) {
                var key = region + "/" + first;
                if (seen.containsKey(key)) {
                    problems.add(InputProblem.of("tourplanning.input.holiday.duplicate", seen.get(key)));
                    break;
                }
                seen.put(key, number);
                entries.add(new Entry(region, name, first, last));
            }
        }
        return new Line(number, raw, problems.isEmpty() ? entries : List.of(), problems);
    }

    /** "2026-2027". */
    public static String label(int schoolYear) {
        return schoolYear + "-" + (schoolYear + 1);
    }
}
