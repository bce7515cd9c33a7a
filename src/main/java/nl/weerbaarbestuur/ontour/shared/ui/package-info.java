/** The application frame (main layout, navigation, language switch) and the friendly error pages. */
package nl.weerbaarbestuur.ontour.shared.ui;
