package nl.weerbaarbestuur.ontour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import org.junit.jupiter.api.Test;

/** The reminder: the evening before at 18:00 Dutch time by default, also across a summer-time switch. */
class CalendarSettingsTest {

    private static CalendarSettings alarm(String value) {
        return new CalendarSettings(new CalendarProperties("mailto:ontour@example.nl", "On Tour", value, Duration.ofMinutes(5)),
                new SiteAddress("https://x.nl/"));
    }

    @Test
    void the_evening_before_is_measured_in_local_time() {
        var settings = alarm("evening-before");
        // Sunday 28 March 2027 the clocks move forward; Saturday 18:00 CET to Sunday 19:00 CEST.
        var sunday = LocalDateTime.of(2027, 3, 28, 19, 0).atZone(DutchTime.ZONE).toInstant();
        assertThat(settings.alarmBefore(sunday)).isEqualTo(Duration.ofHours(25));
        var morning = LocalDateTime.of(2027, 4, 20, 9, 0).atZone(DutchTime.ZONE).toInstant();
        assertThat(settings.alarmBefore(morning)).isEqualTo(Duration.ofHours(15));
    }

    @Test
    void the_alarm_can_be_switched_off_or_set_to_a_fixed_time_before() {
        var start = LocalDateTime.of(2027, 4, 20, 19, 0).atZone(DutchTime.ZONE).toInstant();
        assertThat(alarm("none").alarmBefore(start)).isNull();
        assertThat(alarm("PT2H").alarmBefore(start)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_participants_invite_names_the_reply_mailbox_only_when_replies_are_read() {
        var properties = new CalendarProperties("ontour@example.nl", "On Tour", "none", Duration.ofMinutes(5));
        var site = new SiteAddress("https://x.nl/");
        InviteReplyAddress read = () -> java.util.Optional.of("antwoorden@example.nl");
        InviteReplyAddress unread = java.util.Optional::empty;
        var reading = new CalendarSettings(properties, site,
                new org.springframework.beans.factory.support.StaticListableBeanFactory(java.util.Map.of("replies", read))
                        .getBeanProvider(InviteReplyAddress.class));
        var notReading = new CalendarSettings(properties, site,
                new org.springframework.beans.factory.support.StaticListableBeanFactory(java.util.Map.of("replies", unread))
                        .getBeanProvider(InviteReplyAddress.class));

        assertThat(reading.participantOrganizer("tour@weerbaarbestuur.nl"))
                .isEqualTo(new CalendarEntry.Mailbox("antwoorden@example.nl", "On Tour"));
        assertThat(reading.organizer("tour@weerbaarbestuur.nl").email()).as("trainers' invites keep the tour's mailbox")
                .isEqualTo("tour@weerbaarbestuur.nl");
        assertThat(notReading.participantOrganizer("tour@weerbaarbestuur.nl").email()).isEqualTo("tour@weerbaarbestuur.nl");
        assertThat(notReading.replyAddress()).isEmpty();
        assertThat(alarm("none").replyAddress()).isEmpty();
    }

    @Test
    void the_default_organizer_is_used_when_a_tour_has_no_mailbox() {
        var settings = alarm("none");
        assertThat(settings.organizer(null).email()).isEqualTo("ontour@example.nl");
        assertThat(settings.organizer("tour@weerbaarbestuur.nl").email()).isEqualTo("tour@weerbaarbestuur.nl");
        assertThat(settings.sessionPage(7)).isEqualTo("https://x.nl/sessies/7");
    }
}
