/** The mail log for organisers. */
@NullMarked
package nl.weerbaarbestuur.ontour.notification.ui;

import org.jspecify.annotations.NullMarked;
