/** Mail that always arrives once: the outbox every message goes through, and its dispatcher. */
@NullMarked
package nl.weerbaarbestuur.ontour.notification;

import org.jspecify.annotations.NullMarked;
