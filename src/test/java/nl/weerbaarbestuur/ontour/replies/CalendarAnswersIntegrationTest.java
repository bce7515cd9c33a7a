package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.CheckInSheet;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionTrainer;
import nl.weerbaarbestuur.ontour.planning.TrainerInviteAnswers;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What an answer in the calendar leaves behind: a participant's acceptance on the attendee list and
 * the check-in page, the SEQUENCE rules (absent is 0, an older version is ignored and says why in
 * the log), and a trainer's decline shown to the organisers without cancelling anything.
 */
@ExtendWith(OutputCaptureExtension.class)
class CalendarAnswersIntegrationTest extends ReplyIntegrationBase {

    @Autowired AttendanceService attendance;
    @Autowired TrainerService trainers;
    @Autowired PlanningService planning;
    @Autowired TrainerInviteAnswers trainerAnswers;
    @Autowired nl.weerbaarbestuur.ontour.privacy.ErasureService erasure;

    @Test
    void acceptances_show_on_the_attendee_list_and_the_check_in_page_and_a_later_decline_replaces_them() throws Exception {
        long session = publishedSession(3);
        var anna = confirmed(session, "Anna Akkoord");
        var bert = confirmed(session, "Bert Bedenktijd");
        var carla = confirmed(session, "Carla Stil");
        ics("invite:" + anna.id() + ":0");
        ics("invite:" + bert.id() + ":0");

        deliver(thunderbirdReply(anna.email(), ReplySamples.thunderbird(uid(anna.id(), session), 0, anna.email(), "ACCEPTED")));
        deliver(outlookReply(bert.email(), ReplySamples.outlook(uid(bert.id(), session), 0, bert.email(), "TENTATIVE"),
                "<tentative-" + UUID.randomUUID() + "@mail.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(2);

        var list = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(session, AttendeeFilter.all()));
        assertThat(answers(list)).containsEntry(anna.id(), "ACCEPTED").containsEntry(bert.id(), "TENTATIVE")
                .containsEntry(carla.id(), "none");
        var sheet = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendance.sheet(session));
        assertThat(sheet.rows()).extracting(CheckInSheet.Row::registrationId, CheckInSheet.Row::calendarAnswer)
                .contains(org.assertj.core.groups.Tuple.tuple(anna.id(), CalendarAnswer.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(bert.id(), CalendarAnswer.TENTATIVE),
                        org.assertj.core.groups.Tuple.tuple(carla.id(), null));

        deliver(outlookReply(bert.email(), ReplySamples.outlook(uid(bert.id(), session), 0, bert.email(), "DECLINED"),
                "<declined-" + UUID.randomUUID() + "@mail.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(1);

        var bertNow = attendees.find(bert.id()).orElseThrow();
        assertThat(bertNow.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(bertNow.calendarAnswer()).as("the list says why the registration ended").isEqualTo(CalendarAnswer.DECLINED);
        assertThat(attendees.find(anna.id()).orElseThrow().calendarAnswer()).isEqualTo(CalendarAnswer.ACCEPTED);
    }

    @Test
    void a_reply_without_sequence_answers_the_first_invite_and_after_an_update_it_is_ignored_with_a_reason_in_the_log(
            CapturedOutput output) throws Exception {
        long session = publishedSession(3);
        var anna = confirmed(session, "Anna Volgorde");
        ics("invite:" + anna.id() + ":0");
        var noSequence = ReplySamples.thunderbird(uid(anna.id(), session), 0, anna.email(), "ACCEPTED")
                .replace("SEQUENCE:0\r\n", "").replace("X-MOZ-RECEIVED-SEQUENCE:0\r\n", "");
        assertThat(noSequence).doesNotContain("SEQUENCE");

        deliver(thunderbirdReply(anna.email(), noSequence));
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(outcomes(anna.id())).containsExactly("ACCEPTED");
        assertThat(attendees.find(anna.id()).orElseThrow().calendarAnswer()).isEqualTo(CalendarAnswer.ACCEPTED);

        rescheduleByAnHour(session, true);
        ics("invite:" + anna.id() + ":1"); // the update asks again
        assertThat(attendees.find(anna.id()).orElseThrow().calendarAnswer()).as("the answer was to the old time").isNull();

        deliver(thunderbirdReply(anna.email(), noSequence.replace("PARTSTAT=ACCEPTED", "PARTSTAT=DECLINED")));
        assertThat(mailbox.poll()).isEqualTo(1);

        assertThat(outcomes(anna.id())).containsExactly("ACCEPTED", "OUT_OF_DATE");
        assertThat(status(anna.id())).as("a decline of the old version cancels nothing").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(output.getOut()).contains("Calendar reply for registration " + anna.id()
                + " ignored: it answers sequence 0, an older version than the current 1");
        assertThat(output.getOut()).as("no address in the log").doesNotContain(anna.email());

        deliver(thunderbirdReply(anna.email(), ReplySamples.thunderbird(uid(anna.id(), session), 1, anna.email(), "ACCEPTED")));
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(attendees.find(anna.id()).orElseThrow().calendarAnswer()).isEqualTo(CalendarAnswer.ACCEPTED);
    }

    @Test
    void an_outlook_decline_without_sequence_after_the_session_moved_counts_by_its_cdo_sequence() throws Exception {
        long session = publishedSession(1);
        var anna = confirmed(session, "Anna Outlook");
        var bert = confirmed(session, "Bert Wachtlijst");
        ics("invite:" + anna.id() + ":0");
        rescheduleByAnHour(session, true);
        ics("invite:" + anna.id() + ":1");

        // Outlook answers the first version: out of date, nothing cancelled.
        deliver(outlookReply(anna.email(), ReplySamples.outlookWithoutSequence(uid(anna.id(), session), 0, anna.email(), "DECLINED"),
                "<outlook-old-" + UUID.randomUUID() + "@mail.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CONFIRMED);

        // Outlook answers the moved session, without SEQUENCE: its X-MICROSOFT-CDO-APPT-SEQUENCE names version 1.
        deliver(outlookReply(anna.email(), ReplySamples.outlookWithoutSequence(uid(anna.id(), session), 1, anna.email(), "DECLINED"),
                "<outlook-moved-" + UUID.randomUUID() + "@mail.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(1);

        assertThat(outcomes(anna.id())).containsExactly("OUT_OF_DATE", "DECLINED_CANCELLED");
        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void a_trainers_decline_is_shown_to_the_organisers_and_cancels_nothing(CapturedOutput output) throws Exception {
        var email = "trainer+" + UUID.randomUUID().toString().substring(0, 6) + "@trainers.example.nl";
        long trainer = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> trainers.create("Tineke Trainer", email, null).getId());
        long session = publishedSession(3, Set.of(trainer));
        int sequence = trainerSequence(trainer, session, -1);
        var invite = ics("trainer-invite:" + trainer + ":" + session + ":" + sequence + ":REQUEST");
        assertThat(invite).as("the trainer's reply comes to the reply mailbox")
                .contains("ORGANIZER;CN=Weerbaar Bestuur On Tour:mailto:" + MAILBOX, "RSVP=TRUE");
        var trainerUid = "trainer-" + trainer + "-session-" + session + "@ontour";

        deliver(outlookReply("iemand.anders@example.org", ReplySamples.outlook(trainerUid, sequence, email, "DECLINED"),
                "<spoofed-trainer-" + UUID.randomUUID() + "@example.org>"));
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(organisersSee(session)).as("a forged decline shows nothing").isEmpty();

        deliver(outlookReply(email, ReplySamples.outlook(trainerUid, sequence, email, "DECLINED"),
                "<trainer-declined-" + UUID.randomUUID() + "@trainers.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(1);

        assertThat(organisersSee(session)).containsExactly(Map.entry(trainer, CalendarAnswer.DECLINED));
        assertThat(planning.trainers(session)).extracting(SessionTrainer::id).as("still on the session").containsExactly(trainer);
        assertThat(planning.find(session).orElseThrow().status().name()).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForList("select outcome from calendar_reply where trainer_id = ? order by id", String.class, trainer))
                .containsExactly("SUSPECT", "TRAINER_ANSWER");
        assertThat(jdbc.queryForObject("select count(*) from calendar_reply where trainer_id = ? and registration_id is not null",
                Integer.class, trainer)).isZero();
        assertThat(output.getOut()).contains("Trainer " + trainer + " declined the invite for session " + session)
                .doesNotContain(email);

        // The session moves: the new invite asks again, and a reply to the old one is out of date.
        rescheduleByAnHour(session, false);
        int next = trainerSequence(trainer, session, sequence);
        assertThat(organisersSee(session)).isEmpty();
        deliver(outlookReply(email, ReplySamples.outlook(trainerUid, sequence, email, "DECLINED"),
                "<trainer-old-" + UUID.randomUUID() + "@trainers.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(organisersSee(session)).isEmpty();
        deliver(outlookReply(email, ReplySamples.outlook(trainerUid, next, email, "ACCEPTED"),
                "<trainer-accepted-" + UUID.randomUUID() + "@trainers.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(1);
        assertThat(organisersSee(session)).containsExactly(Map.entry(trainer, CalendarAnswer.ACCEPTED));
        assertThat(jdbc.queryForList("select outcome from calendar_reply where trainer_id = ? order by id", String.class, trainer))
                .containsExactly("SUSPECT", "TRAINER_ANSWER", "OUT_OF_DATE", "TRAINER_ANSWER");
    }

    @Test
    void erasing_a_trainers_address_removes_their_invite_answers_and_the_replies_logged_about_them() throws Exception {
        var email = "trainer.wis+" + UUID.randomUUID().toString().substring(0, 6) + "@trainers.example.nl";
        long trainer = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> trainers.create("Wim Wisverzoek", email, null).getId());
        long session = publishedSession(3, Set.of(trainer));
        int sequence = trainerSequence(trainer, session, -1);
        var trainerUid = "trainer-" + trainer + "-session-" + session + "@ontour";
        deliver(outlookReply("iemand.anders@example.org", ReplySamples.outlook(trainerUid, sequence, email, "DECLINED"),
                "<erase-spoofed-" + UUID.randomUUID() + "@example.org>"));
        deliver(outlookReply(email, ReplySamples.outlook(trainerUid, sequence, email, "DECLINED"),
                "<erase-declined-" + UUID.randomUUID() + "@trainers.example.nl>"));
        assertThat(mailbox.poll()).isEqualTo(2);
        assertThat(organisersSee(session)).containsExactly(Map.entry(trainer, CalendarAnswer.DECLINED));
        assertThat(jdbc.queryForObject("select count(*) from calendar_reply where trainer_id = ?", Integer.class, trainer)).isEqualTo(2);

        var preview = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> erasure.preview(email));
        assertThat(preview.invites()).as("two logged replies and one kept answer").isEqualTo(3);
        var receipt = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> erasure.eraseAddress(email));

        assertThat(receipt.invites()).isEqualTo(3);
        assertThat(organisersSee(session)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from calendar_trainer_invite where trainer_id = ? and (answer is not null"
                + " or answered_at is not null)", Integer.class, trainer)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from calendar_reply where trainer_id = ? or sender = ?", Integer.class,
                trainer, email)).as("also the forged reply in the trainer's name").isZero();
        assertThat(planning.trainers(session)).extracting(SessionTrainer::id).as("still leads the session").containsExactly(trainer);
        assertThat(jdbc.queryForObject("select in_calendar from calendar_trainer_invite where trainer_id = ?", Boolean.class, trainer))
                .as("the invite itself stays").isTrue();
    }

    // ---

    private static Map<Long, String> answers(java.util.List<Attendee> list) {
        return list.stream().collect(Collectors.toMap(Attendee::registrationId,
                a -> a.calendarAnswer() == null ? "none" : a.calendarAnswer().name()));
    }

    private Map<Long, CalendarAnswer> organisersSee(long session) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> trainerAnswers.of(java.util.List.of(session))).stream()
                .collect(Collectors.toMap(TrainerInviteAnswers.Answer::trainerId, TrainerInviteAnswers.Answer::answer));
    }

    /** The SEQUENCE of the trainer's invite as last sent, once it is above {@code above} (the listeners run after commit). */
    private int trainerSequence(long trainer, long session, int above) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select coalesce(max(sequence_no), -1) from calendar_trainer_invite where trainer_id = ? and training_session_id = ?",
                Integer.class, trainer, session) > above);
        return jdbc.queryForObject("select sequence_no from calendar_trainer_invite where trainer_id = ? and training_session_id = ?",
                Integer.class, trainer, session);
    }

    /** Moves the session an hour later and lets the participants' updates go out (they wait for the session to be quiet). */
    private void rescheduleByAnHour(long session, boolean participants) {
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var plan = sessions.planOf(session);
            var moved = new SessionPlan(plan.tourId(), plan.provinceCode(), plan.title(), plan.topic(), plan.description(),
                    plan.startsAt().plus(Duration.ofHours(1)), plan.endsAt().plus(Duration.ofHours(1)), plan.venueId(),
                    plan.format(), plan.meetingUrl(), plan.capacity(), plan.audience(), plan.trainerIds(),
                    plan.registrationOpensAt(), plan.registrationClosesAt(), plan.griffieApprovalRequired());
            return sessions.update(session, sessions.get(session).getVersion(), moved);
        });
        if (!participants) {
            return;
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from calendar_invite where training_session_id = ? and pending_since is not null",
                Integer.class, session) > 0);
        clock.advance(Duration.ofMinutes(6));
        invites.sendQuietUpdates();
    }
}
