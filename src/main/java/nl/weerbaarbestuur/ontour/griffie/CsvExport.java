package nl.weerbaarbestuur.ontour.griffie;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Dutch Excel opens it by double-click: UTF-8 with a byte order mark (otherwise Excel
 * reads the bytes as Windows-1252 and mangles diacritics), semicolons (the list separator of
 * the Dutch locale, where the comma is the decimal sign) and CRLF line ends.
 */
final class CsvExport {

    private CsvExport() {
    }

    static byte[] write(List<List<String>> rows) {
        var out = new StringBuilder("\uFEFF");
        for (var row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.append(quote(CellSafety.neutralise(row.get(i))));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
