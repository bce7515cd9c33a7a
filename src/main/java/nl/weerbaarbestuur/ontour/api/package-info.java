/** The REST API under /api/v1: organisers plan sessions from scripts and integrations; anyone reads the published catalogue. */
@NullMarked
package nl.weerbaarbestuur.ontour.api;

import org.jspecify.annotations.NullMarked;
