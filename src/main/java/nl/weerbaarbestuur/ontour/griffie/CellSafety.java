package nl.weerbaarbestuur.ontour.griffie;

/**
 * Keeps spreadsheet programs from running what people typed: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a formula by Excel and
 * LibreOffice (CSV injection), so it gets a leading apostrophe and stays text.
 */
final class CellSafety {

    private static final String TRIGGERS = "=+-@\t\r";

    private CellSafety() {
    }

    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
