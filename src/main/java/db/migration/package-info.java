/** Flyway's Java migrations: the schema changes that SQL alone cannot compute. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
