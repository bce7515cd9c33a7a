/** Test helpers: the test database switch, signing in as a role, fixed clocks (reset before every test) and unique test addresses. */
package nl.weerbaarbestuur.ontour.testsupport;
