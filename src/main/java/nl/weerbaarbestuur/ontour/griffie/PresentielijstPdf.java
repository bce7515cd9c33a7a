package nl.weerbaarbestuur.ontour.griffie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The printable presentielijst: A4, a header with the session's title, date, time and venue, and a
 * table of name, function, fractie and an empty column to sign in. Liberation Sans (shipped inside
 * OpenPDF) is embedded with Unicode encoding, so every diacritic prints, not only Latin-1.
 */
final class PresentielijstPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private PresentielijstPdf() {
    }

    /** The texts around the table, already translated. */
    record Header(String title, String date, String time, String venue, String countLine, List<String> columns) {
    }

    static byte[] write(Header header, List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            var base = font();
            var titleFont = new Font(base, 16);
            var textFont = new Font(base, 10);
            var headFont = new Font(base, 10, Font.BOLD);
            document.addTitle(header.title());
            document.open();
            document.add(new Paragraph(header.title(), titleFont));
            document.add(new Paragraph(header.date() + ", " + header.time(), textFont));
            document.add(new Paragraph(header.venue(), textFont));
            document.add(new Paragraph(header.countLine(), textFont));
            var table = new PdfPTable(new float[]{34, 20, 20, 26});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setHeaderRows(1);
            for (var column : header.columns()) {
                var cell = new PdfPCell(new Phrase(column, headFont));
                cell.setGrayFill(0.9f);
                cell.setPadding(5);
                table.addCell(cell);
            }
            for (var row : rows) {
                for (var value : row) {
                    var cell = new PdfPCell(new Phrase(value == null ? "" : value, textFont));
                    cell.setMinimumHeight(26);
                    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
            }
            document.add(table);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static BaseFont font() {
        try (var in = PresentielijstPdf.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " not on the class path (it comes with OpenPDF)");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
