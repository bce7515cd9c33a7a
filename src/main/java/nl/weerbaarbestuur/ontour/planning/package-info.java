/** Tours and training sessions across the provinces: venues, trainers, times, capacity and status. */
package nl.weerbaarbestuur.ontour.planning;
