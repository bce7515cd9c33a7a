/** The access log: which staff member saw or exported whose personal data, when, in which session. */
package nl.weerbaarbestuur.ontour.audit;
