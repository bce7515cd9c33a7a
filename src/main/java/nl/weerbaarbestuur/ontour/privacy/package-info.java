/**
 * Privacy by default (AVG): how long personal data is kept, and what a participant or an auditor can
 * see of it.
 */
@NullMarked
package nl.weerbaarbestuur.ontour.privacy;

import org.jspecify.annotations.NullMarked;
