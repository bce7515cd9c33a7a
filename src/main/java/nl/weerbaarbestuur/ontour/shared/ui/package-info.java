/** The application frame (main layout, navigation, language switch) and the friendly error pages. */
@NullMarked
package nl.weerbaarbestuur.ontour.shared.ui;

import org.jspecify.annotations.NullMarked;
