/** The organisers' privacy page (retention runs, erasure on request) and the participant's erasure on the manage page. */
package nl.weerbaarbestuur.ontour.privacy.ui;
