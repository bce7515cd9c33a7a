package nl.weerbaarbestuur.ontour.griffie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX sheet: a bold header row with a filter on every column, text as text cells (never a
 * formula), moments as real dates (so a griffie can sort and filter on them), sensible widths.
 */
final class XlsxExport {

    /** Dutch order of day, month and year; Excel shows it in the reader's own settings where it can. */
    private static final String DATE_TIME_FORMAT = "d-m-yyyy hh:mm";

    private XlsxExport() {
    }

    /** Each value is a {@link String} or a {@link LocalDateTime} (Dutch local time); null is an empty cell. */
    static byte[] write(String sheetName, List<? extends List<?>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(safeSheetName(sheetName));
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_TIME_FORMAT));
            int[] widths = new int[rows.isEmpty() ? 0 : rows.getFirst().size()];
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    int length;
                    if (values.get(c) instanceof LocalDateTime moment) {
                        cell.setCellValue(moment);
                        cell.setCellStyle(dateStyle);
                        length = DATE_TIME_FORMAT.length();
                    } else {
                        var value = CellSafety.neutralise(values.get(c) == null ? "" : values.get(c).toString());
                        cell.setCellValue(value);
                        length = value.length();
                    }
                    if (r == 0) {
                        cell.setCellStyle(headerStyle);
                        // Room for the filter button beside the header text.
                        length += 3;
                    }
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], Math.min(length, 60));
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (widths[c] + 2) * 256);
            }
            if (widths.length > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size() - 1), 0, widths.length - 1));
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
