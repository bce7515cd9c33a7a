/** Mail that always arrives once: the outbox every message goes through, and its dispatcher. */
package nl.weerbaarbestuur.ontour.notification;
