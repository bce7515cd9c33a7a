package nl.weerbaarbestuur.ontour.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import nl.weerbaarbestuur.ontour.calendar.CalendarFeeds;
import nl.weerbaarbestuur.ontour.calendar.CalendarInvites;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.registration.RegistrationRetention;
import nl.weerbaarbestuur.ontour.replies.ReplyLog;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in retention rules, each a {@link RetentionStep} in its own transaction. Periods after
 * a session count in calendar days (Amsterdam): "the day after the session" is the next calendar
 * day, whatever time the session ended; the others count from the moment the item was made or sent.
 */
@Configuration(proxyBeanMethods = false)
class RetentionSteps {

    static LocalDate today(Instant now) {
        return now.atZone(DutchTime.ZONE).toLocalDate();
    }

    /** Accessibility and dietary needs: removed the day after the session (they served the venue only). */
    @Component
    @Order(10)
    static class Needs implements RetentionStep {
        private final TourService tours;
        private final RegistrationRetention registrations;
        private final RetentionSettings settings;

        Needs(TourService tours, RegistrationRetention registrations, RetentionSettings settings) {
            this.tours = tours;
            this.registrations = registrations;
            this.settings = settings;
        }

        @Override
        public String rule() {
            return "needs";
        }

        @Override
        @Transactional
        public int apply(Instant now) {
            return registrations.clearNeeds(tours.sessionsEndedDaysAgo(today(now), settings.needsDays()));
        }
    }

    /**
     * The tour's retention period after a session: its registrations are anonymised (name,
     * e-mail, fractie, needs, remarks; province, function, status and attendance stay) and
     * their calendar rows go, with the calendar replies about them (they hold the sender's address).
     */
    @Component
    @Order(20)
    static class Anonymise implements RetentionStep {
        private final TourService tours;
        private final RegistrationRetention registrations;
        private final CalendarInvites invites;
        private final ReplyLog replyLog;

        Anonymise(TourService tours, RegistrationRetention registrations, CalendarInvites invites, ReplyLog replyLog) {
            this.tours = tours;
            this.registrations = registrations;
            this.invites = invites;
            this.replyLog = replyLog;
        }

        @Override
        public String rule() {
            return "anonymised";
        }

        @Override
        @Transactional
        public int apply(Instant now) {
            var anonymised = registrations.anonymiseSessions(tours.sessionsPastRetention(today(now)));
            invites.forget(anonymised);
            replyLog.forgetRegistrations(anonymised);
            return anonymised.size();
        }
    }

    /** A participant's own calendar feed links name their address: deleted once no registration of that address is left. */
    @Component
    @Order(25)
    static class ParticipantFeeds implements RetentionStep {
        private final CalendarFeeds feeds;
        private final RegistrationRetention registrations;

        ParticipantFeeds(CalendarFeeds feeds, RegistrationRetention registrations) {
            this.feeds = feeds;
            this.registrations = registrations;
        }

        @Override
        public String rule() {
            return "participant-feeds";
        }

        @Override
        @Transactional
        public int apply(Instant now) {
            return feeds.forgetParticipantsWithoutRegistrations(email -> !registrations.ofAddress(email).isEmpty());
        }
    }

    /** Registrations never confirmed (waiting or expired): deleted a week after they were asked for, calendar rows first. */
    @Component
    @Order(30)
    static class Unconfirmed implements RetentionStep {
        private final RegistrationRetention registrations;
        private final CalendarInvites invites;
        private final RetentionSettings settings;

        Unconfirmed(RegistrationRetention registrations, CalendarInvites invites, RetentionSettings settings) {
            this.registrations = registrations;
            this.invites = invites;
            this.settings = settings;
        }

        @Override
        public String rule() {
            return "unconfirmed";
        }

        @Override
        @Transactional
        public int apply(Instant now) {
            var ids = registrations.unconfirmedCreatedBefore(now.minus(Period.ofDays(settings.unconfirmedDays())));
            invites.forget(ids);
            return registrations.deleteUnconfirmed(ids);
        }
    }

    @Bean
    @Order(40)
    RetentionStep sentMailBodies(MailOutbox outbox, RetentionSettings settings) {
        return new Simple("sent-mail-bodies", now -> outbox.purgeSentBefore(now.minus(Period.ofDays(settings.sentMailBodyDays()))));
    }

    @Bean
    @Order(50)
    RetentionStep failedMails(MailOutbox outbox, RetentionSettings settings) {
        return new Simple("failed-mails", now -> outbox.purgeFailedBefore(now.minus(Period.ofDays(settings.failedMailDays()))));
    }

    @Bean
    @Order(60)
    RetentionStep accessLogEntries(AccessLog accessLog, RetentionSettings settings) {
        return new Simple("access-log", now -> accessLog.purgeOlderThan(now.minus(settings.logPeriod())));
    }

    @Bean
    @Order(70)
    RetentionStep expiredInzageLinks(InzageLinks inzageLinks) {
        return new Simple("inzage-links", inzageLinks::purgeExpired);
    }

    /** The log of handled calendar replies (sender's address, answer): kept for ontour.replies.log-retention. */
    @Bean
    @Order(80)
    RetentionStep calendarReplies(ReplyLog replyLog) {
        return new Simple("calendar-replies", replyLog::purgeExpired);
    }

    /** A rule that is one call of a transactional service method (the method's transaction is the step's). */
    record Simple(String rule, java.util.function.ToIntFunction<Instant> action) implements RetentionStep {
        @Override
        public int apply(Instant now) {
            return action.applyAsInt(now);
        }
    }
}
