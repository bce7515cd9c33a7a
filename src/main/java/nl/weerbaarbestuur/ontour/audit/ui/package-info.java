/** The organisers' view of the access log. */
package nl.weerbaarbestuur.ontour.audit.ui;
