/** The mail log for organisers. */
package nl.weerbaarbestuur.ontour.notification.ui;
