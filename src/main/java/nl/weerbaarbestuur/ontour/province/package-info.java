/** The twelve provinces: reference data with their provinciehuis (default venue) and number of PS seats. */
package nl.weerbaarbestuur.ontour.province;
