package nl.weerbaarbestuur.ontour.calendar;

import java.util.Optional;

/**
 * The mailbox where the application reads participants' replies to their invites (iTIP REPLY), as
 * the module that reads it tells. Present: participants' invites name it as ORGANIZER and ask for a
 * reply (RSVP=TRUE). Empty: they keep the tour's mailbox and ask for none.
 */
public interface InviteReplyAddress {

    /** The reply mailbox's address, or empty when no reply mailbox is read. */
    Optional<String> address();
}
