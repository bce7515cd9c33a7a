/**
 * The participant's privacy rights on the manage page (inzage: "my data" as a page and a JSON download;
 * erasure) and the organisers' privacy page (retention runs, erasure on request).
 */
@NullMarked
package nl.weerbaarbestuur.ontour.privacy.ui;

import org.jspecify.annotations.NullMarked;
