package nl.weerbaarbestuur.ontour.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What of a session's facts a public page, feed or file may show. */
class SessionFactsTest {

    private static final Instant START = Instant.parse("2027-03-10T18:00:00Z");
    private static final SessionFacts.Place PROVINCIEHUIS = new SessionFacts.Place("Provinciehuis", "Archimedeslaan 6, 3584 BA Utrecht",
            "Statenzaal", "Ingang met lift", "Utrecht", new BigDecimal("52.0857"), new BigDecimal("5.1669"));

    private static SessionFacts session(SessionFormat format, String meetingUrl, boolean closed) {
        return new SessionFacts(7, 3, "Tour 2027", "tour@example.nl", "UT", "Weerbaar besturen", "Integriteit", null,
                START, START.plusSeconds(7200), SessionStatus.PUBLISHED, format, Audience.BOTH, 30, PROVINCIEHUIS,
                meetingUrl, closed, null, START.minusSeconds(3600), false, null, List.of("Anne", "Bram"), List.of(7, 1), 4);
    }

    @Test
    void the_public_view_never_carries_the_meeting_link() {
        var hybrid = session(SessionFormat.HYBRID, "https://meet.example.org/geheim", false);

        assertThat(hybrid.online()).isTrue();
        assertThat(hybrid.publicView().meetingUrl()).isNull();
        assertThat(hybrid.publicView().online()).isFalse();
        assertThat(hybrid.publicView().toString()).doesNotContain("geheim");
    }

    @Test
    void an_open_session_shows_its_whole_place_in_public() {
        var open = session(SessionFormat.IN_PERSON, null, false);

        assertThat(open.publicPlace()).isEqualTo(PROVINCIEHUIS);
        assertThat(open.publicView().place()).isEqualTo(PROVINCIEHUIS);
    }

    @Test
    void a_closed_session_shows_only_its_town_in_public() {
        var closed = session(SessionFormat.HYBRID, "https://meet.example.org/geheim", true);

        assertThat(closed.publicPlace()).isEqualTo(new SessionFacts.Place(null, null, null, null, "Utrecht", null, null));
        assertThat(closed.publicView().toString()).doesNotContain("Provinciehuis", "Archimedeslaan", "Statenzaal", "52.0857", "geheim");
        assertThat(closed.place()).as("its confirmed participants still learn the address").isEqualTo(PROVINCIEHUIS);
    }

    @Test
    void a_closed_online_session_shows_neither_its_link_nor_its_address_in_public() {
        var closed = session(SessionFormat.ONLINE, "https://meet.example.org/geheim", true);

        var shown = closed.publicView();
        assertThat(shown.meetingUrl()).isNull();
        assertThat(shown.online()).isFalse();
        assertThat(shown.place().name()).isNull();
        assertThat(shown.place().address()).isNull();
        assertThat(shown.place().room()).isNull();
        assertThat(shown.place().latitude()).isNull();
        assertThat(shown.place().town()).isEqualTo("Utrecht");
        assertThat(shown.closed()).isTrue();
        assertThat(shown.toString()).doesNotContain("geheim", "Archimedeslaan", "Provinciehuis");
        assertThat(shown.publicView()).as("showing it twice takes nothing more away").isEqualTo(shown);
    }

    @Test
    void registrations_are_accepted_only_while_published_not_started_and_within_the_window() {
        var open = session(SessionFormat.ONLINE, null, false);

        assertThat(open.acceptsRegistrationsAt(START.minusSeconds(7200))).isTrue();
        assertThat(open.acceptsRegistrationsAt(START.minusSeconds(3600))).as("window closed").isFalse();
        assertThat(open.acceptsRegistrationsAt(START)).isFalse();
    }
}
