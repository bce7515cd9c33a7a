/** The views of the griffie workspace: griffie home, attendee list with its dialogs, and the export audit. */
package nl.weerbaarbestuur.ontour.griffie.ui;
