package nl.weerbaarbestuur.ontour.replies;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Locale;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;

/**
 * Moves one message out of INBOX by its UID, never by its message number: with two readers on one
 * mailbox, a number can point at another message once the other reader has moved one, and a reply
 * could be filed unread. A UID names one message for good; moving a UID that is already gone moves
 * nothing. UID MOVE (RFC 6851) where the server has it, else UID COPY and \Deleted (expunged when
 * the folder closes; two readers may then leave a copy twice, but never lose one).
 */
final class ReplyMove {

    private ReplyMove() {
    }

    /** Whether this call moved the message (false: another reader had moved it already). */
    static boolean move(IMAPFolder inbox, Message message, Folder target) throws MessagingException {
        long uid = inbox.getUID(message);
        if (uid < 0) {
            return false; // expunged here already
        }
        boolean serverMoves = inbox.getStore() instanceof IMAPStore store && store.hasCapability("MOVE");
        var copied = (Boolean) inbox.doCommand(p -> {
            var args = new Argument();
            args.writeString(target.getFullName());
            Response[] responses = p.command((serverMoves ? "UID MOVE " : "UID COPY ") + uid, args);
            p.notifyResponseHandlers(responses); // the EXPUNGE of the moved message, and of others moved meanwhile
            var result = responses[responses.length - 1];
            p.handleResult(result);
            return copiedSomething(result);
        });
        if (!serverMoves) {
            inbox.doCommand(p -> {
                p.simpleCommand("UID STORE " + uid + " +FLAGS.SILENT (\\Deleted)", null);
                return null;
            });
        }
        // Without COPYUID in the answer (a server without UIDPLUS), a move that took the message away counts.
        return copied != null ? copied : !serverMoves || message.isExpunged();
    }

    /**
     * What the tagged answer's COPYUID code (RFC 4315) says: true when it names moved UIDs, false
     * when it names none, null when the server sent none.
     */
    static @Nullable Boolean copiedSomething(Response result) {
        var text = result.toString();
        int at = text.toUpperCase(Locale.ROOT).indexOf("[COPYUID");
        if (at < 0) {
            return null;
        }
        int end = text.indexOf(']', at);
        var parts = text.substring(at + 1, end < 0 ? text.length() : end).strip().split("\\s+");
        return parts.length >= 4 && !parts[2].isBlank();
    }
}
