/** The views of the griffie workspace: griffie home, attendee list with its dialogs, and the export audit. */
@NullMarked
package nl.weerbaarbestuur.ontour.griffie.ui;

import org.jspecify.annotations.NullMarked;
