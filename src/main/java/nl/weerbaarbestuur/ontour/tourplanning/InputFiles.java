package nl.weerbaarbestuur.ontour.tourplanning;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded list (griffie dates, school holidays) may be: a text file of at most
 * {@link #MAX_BYTES}, in UTF-8 or, as Excel saves a .csv on Dutch Windows, Windows-1252; for griffie
 * dates also a calendar export (.ics). A file with a NUL byte (a spreadsheet, a PDF) is not text.
 */
public final class InputFiles {

    /** The most a view reads of an upload: a year's calendar export with descriptions stays well below it. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InputFiles() {
    }

    /** The text of the file; empty when it is not a text file. */
    public static Optional<String> text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.of(new String(content, WINDOWS_1252));
        }
    }

    /** Whether a file is a calendar export: by its name, or by its first line whatever its name. */
    public static boolean isCalendar(String fileName, String text) {
        var start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return fileName.toLowerCase(Locale.ROOT).endsWith(".ics")
                || start.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length());
    }

    /** The size limit in whole kilobytes, for messages. */
    public static int maxKilobytes() {
        return MAX_BYTES / 1024;
    }

    /** A file's name as a message may repeat it: without control or invisible characters, and short. */
    public static String displayName(String fileName) {
        return InputText.echo(fileName);
    }
}
