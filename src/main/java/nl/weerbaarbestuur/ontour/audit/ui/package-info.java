/** The organisers' view of the access log. */
@NullMarked
package nl.weerbaarbestuur.ontour.audit.ui;

import org.jspecify.annotations.NullMarked;
