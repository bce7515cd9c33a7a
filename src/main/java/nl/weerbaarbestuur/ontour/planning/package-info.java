/** Tours and training sessions across the provinces: venues, trainers, times, capacity and status. */
@NullMarked
package nl.weerbaarbestuur.ontour.planning;

import org.jspecify.annotations.NullMarked;
