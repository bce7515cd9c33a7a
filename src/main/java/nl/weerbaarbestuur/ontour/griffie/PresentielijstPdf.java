package nl.weerbaarbestuur.ontour.griffie;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printable presentielijst: A4, a header with the session's title, province, date, time and
 * venue, a table of name, function, fractie, the calendar answer and an empty column to sign in, a few empty rows for
 * walk-ins, and on every page the print date and "page 1 of 3". Liberation Sans (shipped inside
 * OpenPDF) is embedded with Unicode encoding, so every diacritic prints. A character it lacks (an
 * emoji, a rare script) is taken from DejaVu Sans where the machine has it, and otherwise printed
 * as a small box: the rest of the name stays, where a plain font would drop the character silently.
 */
final class PresentielijstPdf {

    private static final Logger log = LoggerFactory.getLogger(PresentielijstPdf.class);
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    /** Wider coverage than Liberation (Greek, Cyrillic, Armenian, Georgian, symbols) where installed. */
    private static final List<Path> FALLBACK_FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    /** Empty rows after the names, for people who come without having registered. */
    static final int WALK_IN_ROWS = 5;

    private PresentielijstPdf() {
    }

    /** The texts around the table, already translated; {@code pageLabel} makes "Pagina 1 van 3". */
    record Header(String title, String province, String date, String time, String venue, String countLine,
                  String printedLine, String walkInLine, List<String> columns,
                  BiFunction<Integer, Integer, String> pageLabel) {
    }

    static byte[] write(Header header, List<List<String>> rows) {
        var fonts = fonts();
        return numberPages(table(header, rows, fonts), header, fonts.getFirst());
    }

    private static byte[] table(Header header, List<List<String>> rows, List<BaseFont> fonts) {
        var out = new ByteArrayOutputStream();
        // Room at the bottom for the footer that numberPages adds.
        var document = new Document(PageSize.A4, 40, 40, 40, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(header.title());
            document.open();
            document.add(paragraph(header.title(), fonts, 16, Font.NORMAL));
            document.add(paragraph(header.province() + " · " + header.date() + ", " + header.time(), fonts, 10, Font.NORMAL));
            document.add(paragraph(header.venue(), fonts, 10, Font.NORMAL));
            document.add(paragraph(header.countLine(), fonts, 10, Font.NORMAL));
            // Name, function, fractie, the answer to the calendar invite (a word or empty), signature.
            var table = new PdfPTable(new float[]{28, 17, 17, 15, 23});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setHeaderRows(1);
            for (var column : header.columns()) {
                var cell = new PdfPCell(phrase(column, fonts, 10, Font.BOLD));
                cell.setGrayFill(0.9f);
                cell.setPadding(5);
                table.addCell(cell);
            }
            var all = new ArrayList<>(rows);
            for (int i = 0; i < WALK_IN_ROWS; i++) {
                all.add(header.columns().stream().map(c -> "").toList());
            }
            for (var row : all) {
                for (var value : row) {
                    var cell = new PdfPCell(phrase(value == null ? "" : value, fonts, 10, Font.NORMAL));
                    cell.setMinimumHeight(26);
                    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
            }
            document.add(table);
            document.add(paragraph(header.walkInLine(), fonts, 9, Font.NORMAL));
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A second pass, because only then is the number of pages known. */
    private static byte[] numberPages(byte[] pdf, Header header, BaseFont font) {
        try (var reader = new PdfReader(pdf); var out = new ByteArrayOutputStream()) {
            var stamper = new PdfStamper(reader, out);
            var pages = reader.getNumberOfPages();
            var small = new Font(font, 8);
            for (int page = 1; page <= pages; page++) {
                var box = reader.getPageSize(page);
                var canvas = stamper.getOverContent(page);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header.printedLine(), small), 40, 28, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase(header.pageLabel().apply(page, pages), small), box.getWidth() - 40, 28, 0);
            }
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph paragraph(String text, List<BaseFont> fonts, float size, int style) {
        return new Paragraph(phrase(text, fonts, size, style));
    }

    /**
     * The text in runs of the first font that has each character; a character no font has
     * becomes a box (□, or ? where even that is missing) so that the rest of the name still prints.
     */
    static Phrase phrase(String text, List<BaseFont> fonts, float size, int style) {
        var phrase = new Phrase();
        var run = new StringBuilder();
        BaseFont runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D) {
                // Emoji variation selectors and joiners have no glyph of their own.
                continue;
            }
            var font = fonts.stream().filter(f -> f.charExists(cp)).findFirst().orElse(null);
            var piece = font == null ? replacement(fonts.getFirst()) : new String(Character.toChars(cp));
            if (font == null) {
                font = fonts.getFirst();
            }
            if (font != runFont && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), new Font(runFont, size, style)));
                run.setLength(0);
            }
            runFont = font;
            run.append(piece);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), new Font(runFont, size, style)));
        }
        if (phrase.isEmpty()) {
            phrase.setFont(new Font(fonts.getFirst(), size, style));
        }
        return phrase;
    }

    private static String replacement(BaseFont font) {
        return font.charExists('\u25A1') ? "\u25A1" : "?";
    }

    private static List<BaseFont> fonts() {
        var fonts = new ArrayList<BaseFont>();
        try (var in = PresentielijstPdf.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " not on the class path (it comes with OpenPDF)");
            }
            fonts.add(BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var path : FALLBACK_FONTS) {
            if (Files.isReadable(path)) {
                try {
                    fonts.add(BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
                } catch (IOException | RuntimeException e) {
                    log.warn("fallback font {} not usable: {}", path, e.toString());
                }
            }
        }
        return List.copyOf(fonts);
    }
}
