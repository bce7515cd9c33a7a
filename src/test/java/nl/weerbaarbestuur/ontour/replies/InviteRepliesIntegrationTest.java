package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import org.junit.jupiter.api.Test;

/**
 * Replies to invites read from a real IMAP server (GreenMail) by the real application: the reply
 * mailbox is polled by hand here (the schedule waits an hour), and what it did is read back from the
 * database and from the mailbox's folders.
 */
class InviteRepliesIntegrationTest extends ReplyIntegrationBase {

    @Test
    void a_decline_from_the_participant_frees_the_seat_and_promotes_the_next_in_line_once() throws Exception {
        long session = publishedSession(1);
        var anna = confirmed(session, "Anna Agenda");
        var bert = confirmed(session, "Bert Wacht");
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.WAITLISTED);
        var invite = ics("invite:" + anna.id() + ":0");
        assertThat(invite).as("the reply mailbox is the ORGANIZER, and a reply is asked for")
                .contains("ORGANIZER;CN=Weerbaar Bestuur On Tour:mailto:" + MAILBOX, "RSVP=TRUE");
        assertThat(jdbc.queryForObject("select sender from outbox_message where message_key = ?", String.class,
                "invite:" + anna.id() + ":0")).as("the mail itself still comes from the tour").contains("tour@weerbaarbestuur.nl");

        var decline = outlookReply(anna.email(), ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED"),
                messageId("decline-1", "mail.example.nl"));
        deliver(decline);
        deliver(decline); // the same message twice (same Message-ID)

        assertThat(mailbox.poll()).isEqualTo(2);

        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        ics("invite:" + bert.id() + ":0");
        ics("invite:" + anna.id() + ":1"); // the CANCEL for Anna's calendar
        var mail = jdbc.queryForMap("select subject, text_body, recipient from outbox_message where message_key = ?",
                "calendar-decline:" + anna.id());
        assertThat(mail.get("subject")).isEqualTo("Afmelding ontvangen: Weerbaar in Drenthe");
        assertThat(mail.get("recipient")).isEqualTo(anna.email());
        assertThat(encryption.decrypt((String) mail.get("text_body")))
                .contains("Beste Anna Agenda", "https://ontour.example.nl/sessies/" + session);
        assertThat(outcomes(anna.id())).containsExactly("DECLINED_CANCELLED");
        assertThat(count("Verwerkt")).isEqualTo(2);
        assertThat(count("INBOX")).isZero();

        // Declining again in other messages changes nothing more: Bert was promoted once. The CANCEL raised
        // the sequence, so a second reply to the first version is out of date; one to the CANCEL finds nothing to cancel.
        deliver(outlookReply(anna.email(), ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED"),
                messageId("decline-2", "mail.example.nl")));
        deliver(thunderbirdReply(anna.email(), ReplySamples.thunderbird(uid(anna.id(), session), 1, anna.email(), "DECLINED")));
        assertThat(mailbox.poll()).isEqualTo(2);
        assertThat(outcomes(anna.id())).containsExactly("DECLINED_CANCELLED", "OUT_OF_DATE", "DECLINED_NOTHING_TO_CANCEL");
        Thread.sleep(500); // give a wrongly repeated event the chance to show
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where message_key like ?", Integer.class,
                "invite:" + bert.id() + ":%")).isEqualTo(1);
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mailbox.poll()).isZero();
    }

    @Test
    void an_acceptance_from_thunderbird_is_recorded_and_changes_nothing() throws Exception {
        long session = publishedSession(3);
        var anna = confirmed(session, "Anna Akkoord");
        ics("invite:" + anna.id() + ":0");

        deliver(thunderbirdReply(anna.email(), ReplySamples.thunderbird(uid(anna.id(), session), 0, anna.email(), "ACCEPTED")));
        assertThat(mailbox.poll()).isEqualTo(1);

        assertThat(outcomes(anna.id())).containsExactly("ACCEPTED");
        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(count("Verwerkt")).isEqualTo(1);
    }

    @Test
    void a_decline_from_a_foreign_sender_or_failing_dmarc_changes_nothing_and_is_set_aside() throws Exception {
        long session = publishedSession(3);
        var anna = confirmed(session, "Anna Echt");
        ics("invite:" + anna.id() + ":0");
        var declined = ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED");

        deliver(outlookReply("iemand.anders@example.org", declined, messageId("spoof-1", "example.org")));
        var failing = outlookReply(anna.email(), declined, messageId("spoof-2", "example.org"));
        failing.addHeader("Authentication-Results", "mx.ontour.example.nl; spf=pass smtp.mailfrom=example.nl; dmarc=fail header.from=example.nl");
        deliver(failing);
        var otherAttendee = ReplySamples.outlook(uid(anna.id(), session), 0, "iemand.anders@example.org", "DECLINED");
        deliver(outlookReply("iemand.anders@example.org", otherAttendee, messageId("spoof-3", "example.org")));
        assertThat(mailbox.poll()).isEqualTo(3);

        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(outcomes(anna.id())).containsExactly("SUSPECT", "SUSPECT", "SUSPECT");
        assertThat(count("Onbekend")).isEqualTo(3);
        assertThat(count("INBOX")).isZero();
    }

    @Test
    void an_old_sequence_an_unknown_uid_malformed_and_non_calendar_mail_are_logged_and_set_aside() throws Exception {
        long session = publishedSession(3);
        var anna = confirmed(session, "Anna Oud");
        ics("invite:" + anna.id() + ":0");
        var before = jdbc.queryForObject("select count(*) from calendar_reply", Integer.class);

        deliver(outlookReply(anna.email(), ReplySamples.outlook(uid(anna.id(), session), 7, anna.email(), "DECLINED"), messageId("old", "x.nl")));
        deliver(outlookReply(anna.email(), ReplySamples.outlook("reg-0-session-0@elders", 0, anna.email(), "DECLINED"), messageId("unknown", "x.nl")));
        deliver(outlookReply(anna.email(), "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:kapot", messageId("broken", "x.nl")));
        var plain = message(anna.email(), messageId("plain", "x.nl"));
        plain.setText("Ik kom toch niet, groet Anna", "UTF-8");
        plain.saveChanges();
        deliver(plain);
        assertThat(mailbox.poll()).isEqualTo(4);

        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(outcomes(anna.id())).containsExactly("OUT_OF_DATE");
        assertThat(jdbc.queryForList("select outcome from calendar_reply order by id", String.class))
                .endsWith("OUT_OF_DATE", "UNKNOWN_INVITE", "MALFORMED", "NOT_A_REPLY");
        assertThat(jdbc.queryForObject("select count(*) from calendar_reply", Integer.class)).isEqualTo(before + 4);
        assertThat(count("Verwerkt")).isEqualTo(1);
        assertThat(count("Onbekend")).isEqualTo(3);
        assertThat(unseen("Onbekend")).as("set aside unread, for a person to look at").isEqualTo(3);
    }

}
