package nl.weerbaarbestuur.ontour.shared;

import java.util.OptionalInt;

/**
 * The HTTP status of a page's first (document) request, known before the view runs: Vaadin
 * answers the document with its bootstrap and navigates afterwards, so what a view decides (a
 * session that does not exist is "not found") never reaches the status line. A module that
 * knows says so here; e.g. {@code /sessies/999999} is 404.
 */
public interface PageStatus {

    /** The status for this path (without the context path, e.g. "/sessies/12"), or empty when fine. */
    OptionalInt statusFor(String path);
}
