package nl.weerbaarbestuur.ontour.griffie;

/** An export ready to download: its name, type, bytes and how many people it lists. */
public record ExportFile(String fileName, String contentType, byte[] content, int rows) {
}
