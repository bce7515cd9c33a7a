/**
 * Replies to participants' calendar invites (iTIP REPLY), read from the reply mailbox over IMAP: a
 * decline frees the seat, an acceptance is recorded, anything else is logged and set aside.
 */
@org.jspecify.annotations.NullMarked
package nl.weerbaarbestuur.ontour.replies;
