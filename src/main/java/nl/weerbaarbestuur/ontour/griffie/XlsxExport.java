package nl.weerbaarbestuur.ontour.griffie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An XLSX sheet: a bold header row, every value a text cell (never a formula), sensible widths. */
final class XlsxExport {

    private XlsxExport() {
    }

    static byte[] write(String sheetName, List<List<String>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(safeSheetName(sheetName));
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            int[] widths = new int[rows.isEmpty() ? 0 : rows.getFirst().size()];
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    var value = CellSafety.neutralise(values.get(c));
                    cell.setCellValue(value);
                    if (r == 0) {
                        cell.setCellStyle(headerStyle);
                    }
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], Math.min(value.length(), 60));
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
    private static String safeSheetName(String name) {
        var cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
