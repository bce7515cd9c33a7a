package nl.weerbaarbestuur.ontour.shared;

/** A message argument that is itself a translation key, translated in the reader's language. */
public record MessageKey(String key) {
}
