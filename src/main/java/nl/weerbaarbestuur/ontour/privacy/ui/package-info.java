/** The participant's inzage: the "my data" section of the manage page and the readable page with the JSON download. */
package nl.weerbaarbestuur.ontour.privacy.ui;
