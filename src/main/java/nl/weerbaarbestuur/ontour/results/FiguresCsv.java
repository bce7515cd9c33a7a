package nl.weerbaarbestuur.ontour.results;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The figures as a CSV file that Excel opens with diacritics intact: UTF-8 with a byte-order
 * mark, semicolons (the list separator of Dutch Excel), rates as percentages in the reader's
 * locale. A cell that starts with =, +, - or @ (or a tab or carriage return) gets a leading
 * apostrophe, so a spreadsheet never runs it as a formula.
 */
public final class FiguresCsv {

    /** The column headers' translation keys, in order. */
    public static final List<String> COLUMNS = List.of("results.column.province", "results.column.code",
            "results.column.sessions-planned", "results.column.sessions-held", "results.column.registrations",
            "results.column.confirmed", "results.column.capacity", "results.column.fill-rate",
            "results.column.waitlisted", "results.column.attendance-rate", "results.column.statenleden-reached",
            "results.column.ps-seats", "results.column.reach");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FiguresCsv() {
    }

    /**
     * @param translate turns a key into the reader's text ("results.total" for the total row)
     */
    public static byte[] write(TourFigures figures, Function<String, String> translate, Locale locale) {
        var text = new StringBuilder();
        line(text, COLUMNS.stream().map(translate).toList());
        for (var row : figures.provinces()) {
            line(text, cells(row, row.provinceName(), locale));
        }
        line(text, cells(figures.total(), translate.apply("results.total"), locale));
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> cells(ProvinceFigures f, @Nullable String name, Locale locale) {
        var cells = new ArrayList<String>();
        cells.add(name == null ? "" : name);
        cells.add(f.provinceCode() == null ? "" : f.provinceCode());
        cells.add(String.valueOf(f.sessionsPlanned()));
        cells.add(String.valueOf(f.sessionsHeld()));
        cells.add(String.valueOf(f.registrations()));
        cells.add(String.valueOf(f.confirmed()));
        cells.add(String.valueOf(f.capacity()));
        cells.add(percent(f.fillRate(), locale));
        cells.add(String.valueOf(f.waitlisted()));
        cells.add(percent(f.attendanceRate(), locale));
        cells.add(String.valueOf(f.statenledenReached()));
        cells.add(String.valueOf(f.psSeats()));
        cells.add(percent(f.reach(), locale));
        return cells;
    }

    /** "62,5%" in Dutch, "62.5%" in English; empty when the rate is undefined. */
    public static String percent(@Nullable Double rate, Locale locale) {
        if (rate == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setGroupingUsed(false);
        return format.format(rate * 100) + "%";
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    /** Neutralises formulas and quotes what needs quoting. */
    static String cell(String value) {
        var v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
