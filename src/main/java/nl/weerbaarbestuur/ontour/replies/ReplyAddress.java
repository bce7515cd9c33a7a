package nl.weerbaarbestuur.ontour.replies;

import java.util.Optional;
import nl.weerbaarbestuur.ontour.calendar.InviteReplyAddress;
import org.springframework.stereotype.Component;

/**
 * Tells the calendar where replies are read, so that invites name this mailbox as ORGANIZER only
 * when something reads it. A reply mailbox without a known address is refused at start: the
 * invites would otherwise ask for replies nobody reads.
 */
@Component
class ReplyAddress implements InviteReplyAddress {

    private final Optional<String> address;

    ReplyAddress(ReplySettings settings) {
        this.address = settings.replyAddress();
        if (settings.configured() && address.isEmpty()) {
            throw new IllegalStateException("ontour.replies.imap.host is set, but the reply address is not known: set"
                    + " ontour.replies.address (ONTOUR_REPLIES_ADDRESS) or use the address as ontour.replies.imap.user");
        }
    }

    @Override
    public Optional<String> address() {
        return address;
    }
}
