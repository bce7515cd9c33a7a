package nl.weerbaarbestuur.ontour.registration;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;

/**
 * Reads a pasted or uploaded list of people for a bulk registration: one person a line,
 * {@code name; e-mail; function; fractie}, separated by semicolons, tabs (pasted from a
 * spreadsheet) or commas. Pure: no database, so every rule is unit-tested. Each line gets its
 * problems as translation keys with arguments, for a report shown before anything is saved.
 */
public final class BulkList {

    /** More lines than a griffie has Statenleden several times over: a pasted wrong file, most likely. */
    public static final int MAX_LINES = 1000;
    private static final Map<String, ParticipantFunction> FUNCTIONS = new HashMap<>();

    static {
        for (var f : ParticipantFunction.values()) {
            FUNCTIONS.put(normal(f.name()), f);
        }
        for (var word : List.of("statenlid", "statenleden", "ps-lid", "lid provinciale staten", "lid van provinciale staten",
                "provinciale staten", "member of the provincial council")) {
            FUNCTIONS.put(normal(word), ParticipantFunction.STATENLID);
        }
        for (var word : List.of("gedeputeerde", "gedeputeerden", "gs-lid", "lid gedeputeerde staten", "provincial executive")) {
            FUNCTIONS.put(normal(word), ParticipantFunction.GEDEPUTEERDE);
        }
        for (var word : List.of("commissaris van de koning", "cdk", "commissaris", "gouverneur", "king's commissioner")) {
            FUNCTIONS.put(normal(word), ParticipantFunction.COMMISSARIS_VAN_DE_KONING);
        }
        for (var word : List.of("griffier", "statengriffier", "clerk")) {
            FUNCTIONS.put(normal(word), ParticipantFunction.GRIFFIER);
        }
        for (var word : List.of("griffiemedewerker", "medewerker griffie", "medewerker van de griffie", "griffie",
                "plaatsvervangend griffier", "clerk's office staff")) {
            FUNCTIONS.put(normal(word), ParticipantFunction.GRIFFIEMEDEWERKER);
        }
        for (var word : List.of("anders", "overig", "overige", "other")) {
            FUNCTIONS.put(normal(word), ParticipantFunction.OTHER);
        }
    }

    private BulkList() {
    }

    /** A problem with a line: a translation key and its arguments. */
    public record Problem(String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    /** One line of the list as read, with what is wrong with it (nothing: it can be saved). */
    public record Line(int number, String text, String fullName, String email, @Nullable ParticipantFunction function,
                       @Nullable String fractie, List<Problem> problems) {
        public Line {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        Line with(Problem problem) {
            var more = new ArrayList<>(problems);
            more.add(problem);
            return new Line(number, text, fullName, email, function, fractie, more);
        }
    }

    /** The whole list: its lines (blank lines and a header left out) and problems of the list as a whole. */
    public record Report(List<Line> lines, List<Problem> listProblems) {
        public Report {
            lines = List.copyOf(lines);
            listProblems = List.copyOf(listProblems);
        }

        public List<Line> valid() {
            return listProblems.isEmpty() ? lines.stream().filter(Line::valid).toList() : List.of();
        }

        public List<Line> invalid() {
            return lines.stream().filter(l -> !l.valid()).toList();
        }

        /** Whether there is anything to save. */
        public boolean canSave() {
            return !valid().isEmpty();
        }
    }

    /** Reads the text; a list with too many lines is refused as a whole. */
    public static Report parse(String text) {
        if (text == null || text.isBlank()) {
            return new Report(List.of(), List.of(Problem.of("griffie.bulk.error.empty")));
        }
        var source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var physical = source.split("\\r\\n|\\r|\\n", -1);
        var lines = new ArrayList<Line>();
        var firstLineOfEmail = new HashMap<String, Integer>();
        boolean first = true;
        for (int i = 0; i < physical.length; i++) {
            var raw = physical[i];
            if (raw.isBlank()) {
                continue;
            }
            var fields = split(raw);
            if (first && isHeader(fields)) {
                first = false;
                continue;
            }
            first = false;
            var line = read(i + 1, raw, fields);
            if (line.email() != null && !line.email().isEmpty()) {
                var earlier = firstLineOfEmail.putIfAbsent(line.email(), line.number());
                if (earlier != null) {
                    line = line.with(Problem.of("griffie.bulk.error.duplicate-in-list", earlier));
                }
            }
            lines.add(line);
        }
        if (lines.size() > MAX_LINES) {
            return new Report(List.of(), List.of(Problem.of("griffie.bulk.error.too-many-lines", MAX_LINES, lines.size())));
        }
        if (lines.isEmpty()) {
            return new Report(List.of(), List.of(Problem.of("griffie.bulk.error.empty")));
        }
        return new Report(lines, List.of());
    }

    /** A function in Dutch (or English, or as the list of functions names it), whatever the case. */
    public static Optional<ParticipantFunction> function(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(FUNCTIONS.get(normal(word)));
    }

    private static Line read(int number, String raw, List<String> fields) {
        var problems = new ArrayList<Problem>();
        if (fields.size() < 3) {
            problems.add(Problem.of("griffie.bulk.error.columns", fields.size()));
        } else if (fields.size() > 4) {
            problems.add(Problem.of("griffie.bulk.error.too-many-columns", fields.size()));
        }
        var name = field(fields, 0);
        var email = EmailAddresses.normalise(field(fields, 1));
        var functionWord = field(fields, 2);
        var fractie = field(fields, 3);
        if (name.isEmpty()) {
            problems.add(Problem.of("griffie.bulk.error.name-missing"));
        } else if (name.length() > ParticipantDetailsCheck.NAME_MAX) {
            problems.add(Problem.of("griffie.bulk.error.name-too-long", ParticipantDetailsCheck.NAME_MAX));
        }
        switch (EmailAddresses.problem(email).orElse(null)) {
            case MISSING -> problems.add(Problem.of("griffie.bulk.error.email-missing"));
            case NOT_PLAIN -> problems.add(Problem.of("griffie.bulk.error.email-not-plain", shorten(EmailAddresses.visible(email))));
            case INVALID -> problems.add(Problem.of("griffie.bulk.error.email-invalid", shorten(email)));
            case null -> { }
        }
        var function = function(functionWord);
        if (fields.size() >= 3 && functionWord.isEmpty()) {
            problems.add(Problem.of("griffie.bulk.error.function-missing"));
        } else if (fields.size() >= 3 && function.isEmpty()) {
            problems.add(Problem.of("griffie.bulk.error.function-unknown", shorten(functionWord)));
        }
        if (fractie.length() > ParticipantDetailsCheck.FRACTIE_MAX) {
            problems.add(Problem.of("griffie.bulk.error.fractie-too-long", ParticipantDetailsCheck.FRACTIE_MAX));
        }
        return new Line(number, raw.strip(), name, email, function.orElse(null), fractie.isEmpty() ? null : fractie,
                problems);
    }

    /** Semicolons win, then tabs (a spreadsheet paste), then commas; quotes around a field are dropped. */
    static List<String> split(String raw) {
        String separator = raw.contains(";") ? ";" : raw.contains("\t") ? "\t" : ",";
        var fields = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && raw.startsWith(separator, i)) {
                fields.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString().strip());
        // A trailing separator ("Jan; jan@x.nl; Statenlid;") leaves an empty last field: not a column.
        while (fields.size() > 4 && fields.getLast().isEmpty()) {
            fields.removeLast();
        }
        return fields;
    }

    private static boolean isHeader(List<String> fields) {
        var firstField = normal(fields.getFirst());
        return (firstField.equals("naam") || firstField.equals("name") || firstField.equals("volledigenaam"))
                && fields.size() > 1 && fields.get(1).toLowerCase(Locale.ROOT).contains("mail");
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String normal(String word) {
        var decomposed = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
