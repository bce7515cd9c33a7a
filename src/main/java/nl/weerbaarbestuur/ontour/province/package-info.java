/** The twelve provinces: reference data with their provinciehuis (default venue) and number of PS seats. */
@NullMarked
package nl.weerbaarbestuur.ontour.province;

import org.jspecify.annotations.NullMarked;
