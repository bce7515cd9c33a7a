package nl.weerbaarbestuur.ontour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import nl.weerbaarbestuur.ontour.calendar.CalendarEntry.Mailbox;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.junit.jupiter.api.Test;

/**
 * The calendar files, byte for byte against golden files under {@code src/test/resources/calendar}
 * (regenerate with {@code -Dcalendar.golden.update=true} and review the diff), plus the bad input
 * of the issue: no coordinates, emoji and diacritics, a long description, a plus-addressed e-mail.
 */
class InviteComposerTest {

    private static final Instant STAMP = Instant.parse("2027-02-01T09:00:00Z");
    private static final Mailbox ORGANIZER = new Mailbox("ontour@weerbaarbestuur.nl", "Weerbaar Bestuur On Tour");
    private static final Mailbox ANNA = new Mailbox("anna.devries@example.nl", "Anna de Vries");

    private final InviteComposer composer = new InviteComposer();

    private static Instant amsterdam(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(DutchTime.ZONE).toInstant();
    }

    private static CalendarEntry drenthe(int sequence, boolean cancelled, Instant start) {
        return new CalendarEntry("reg-42-session-7@ontour", sequence, cancelled, STAMP, start,
                start.plus(Duration.ofMinutes(150)), "Weerbaar in Drenthe",
                "Neem een voorval mee dat u wilt bespreken.\n\nBeheer uw aanmelding: https://ontour.example.nl/sessies/7",
                "Provinciehuis Drenthe, Westerbrink 1, 9405 BJ Assen", new BigDecimal("52.992753"),
                new BigDecimal("6.564228"), "https://ontour.example.nl/sessies/7", ORGANIZER, ANNA,
                Duration.ofHours(25), "Morgen: Weerbaar in Drenthe");
    }

    @Test
    void a_request_matches_the_golden_file() throws Exception {
        assertGolden("request.ics", composer.compose(InviteMethod.REQUEST, drenthe(0, false, amsterdam(2027, 4, 20, 19, 0))));
    }

    @Test
    void an_update_keeps_the_uid_and_raises_the_sequence() throws Exception {
        var ics = composer.compose(InviteMethod.REQUEST, drenthe(1, false, amsterdam(2027, 4, 22, 19, 0)));
        assertGolden("update.ics", ics);
        var event = event(ics);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("reg-42-session-7@ontour");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
    }

    @Test
    void a_cancel_matches_the_golden_file_and_carries_no_alarm() throws Exception {
        var ics = composer.compose(InviteMethod.CANCEL, drenthe(2, true, amsterdam(2027, 4, 22, 19, 0)));
        assertGolden("cancel.ics", ics);
        assertThat(ics).contains("METHOD:CANCEL\r\n", "STATUS:CANCELLED\r\n", "SEQUENCE:2\r\n")
                .doesNotContain("BEGIN:VALARM");
    }

    @Test
    void a_request_parses_back_with_everything_the_issue_asks_for() throws Exception {
        var ics = composer.compose(InviteMethod.REQUEST, drenthe(0, false, amsterdam(2027, 4, 20, 19, 0)));
        var calendar = parse(ics);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        var event = event(ics);
        DtStart<ZonedDateTime> start = event.getDateTimeStart();
        assertThat(start.getDate().toInstant()).isEqualTo(amsterdam(2027, 4, 20, 19, 0));
        assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20270420T190000\r\n", "DTSTAMP:20270201T090000Z\r\n",
                "ORGANIZER;CN=Weerbaar Bestuur On Tour:mailto:ontour@weerbaarbestuur.nl\r\n",
                "STATUS:CONFIRMED\r\n", "GEO:52.992753;6.564228\r\n", "TRIGGER:-P1DT1H\r\n", "URL:https://ontour.example.nl/sessies/7\r\n");
        assertThat(ics).contains("TZID:Europe/Amsterdam\r\n").doesNotContain("Brussels");
        assertThat(unfolded(ics)).contains(
                "ATTENDEE;CN=Anna de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anna.devries@example.nl");
        assertThat(ics.split("BEGIN:STANDARD", -1)).as("one standard rule").hasSize(2);
        assertThat(ics.split("BEGIN:DAYLIGHT", -1)).as("one daylight rule").hasSize(2);
    }

    @Test
    void a_request_asks_for_no_reply_when_nobody_reads_the_replies() throws Exception {
        var d = drenthe(0, false, amsterdam(2027, 4, 20, 19, 0));
        var entry = new CalendarEntry(d.uid(), d.sequence(), d.cancelled(), d.stamp(), d.start(), d.end(), d.summary(),
                d.description(), d.location(), d.latitude(), d.longitude(), d.url(), d.organizer(), d.attendee(),
                d.alarmBefore(), d.alarmText(), false);

        assertThat(unfolded(composer.compose(InviteMethod.REQUEST, entry))).contains(
                "ATTENDEE;CN=Anna de Vries;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:anna.devries@example.nl");
    }

    @Test
    void a_session_on_the_day_summer_time_starts_keeps_its_local_time() throws Exception {
        // Sunday 28 March 2027 the clocks go from 02:00 to 03:00; an evening session is at 19:00 CEST.
        var start = amsterdam(2027, 3, 28, 19, 0);
        assertThat(start).isEqualTo(Instant.parse("2027-03-28T17:00:00Z"));
        var ics = composer.compose(InviteMethod.REQUEST, drenthe(0, false, start));
        assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20270328T190000\r\n");
        DtStart<ZonedDateTime> parsed = event(ics).getDateTimeStart();
        assertThat(parsed.getDate().toInstant()).isEqualTo(start);

        // and one across the switch back to winter time: 31 October 2027, 01:30-04:00 local.
        var night = amsterdam(2027, 10, 31, 1, 30);
        var entry = new CalendarEntry("x@ontour", 0, false, STAMP, night, night.plus(Duration.ofHours(3)), "Nacht", null,
                null, null, null, null, ORGANIZER, ANNA, null, null);
        var overnight = composer.compose(InviteMethod.REQUEST, entry);
        assertThat(overnight).contains("DTSTART;TZID=Europe/Amsterdam:20271031T013000\r\n",
                "DTEND;TZID=Europe/Amsterdam:20271031T033000\r\n");
    }

    @Test
    void a_venue_without_coordinates_gives_a_valid_file_without_geo() throws Exception {
        var base = drenthe(0, false, amsterdam(2027, 4, 20, 19, 0));
        var entry = new CalendarEntry(base.uid(), 0, false, STAMP, base.start(), base.end(), base.summary(),
                base.description(), base.location(), null, null, base.url(), ORGANIZER, ANNA, null, null);
        var ics = composer.compose(InviteMethod.REQUEST, entry);
        assertThat(ics).doesNotContain("GEO:").contains("LOCATION:");
        assertThat(event(ics).getUid()).isPresent();
    }

    @Test
    void emoji_and_diacritics_are_folded_at_75_octets_without_splitting_a_character() throws Exception {
        var title = "Weerbaar in Fryslân 🛡️ – café-overleg met één gedeputeerde, ‘ü’ en 👩🏽‍⚖️ ".repeat(4).strip();
        var start = amsterdam(2027, 5, 11, 19, 0);
        var entry = new CalendarEntry("reg-1-session-2@ontour", 0, false, STAMP, start, start.plus(Duration.ofHours(2)),
                title, title, "Tweebaksmarkt 52, 8911 KZ Leeuwarden", null, null, null, ORGANIZER, ANNA,
                Duration.ofHours(2), title);
        var ics = composer.compose(InviteMethod.REQUEST, entry);
        assertLinesWithin75OctetsAndWholeCharacters(ics);
        assertThat(event(ics).getSummary().getValue()).isEqualTo(title);
    }

    @Test
    void a_2000_character_description_gives_a_valid_folded_file() throws Exception {
        var description = ("Wat neemt u mee? Een voorbeeld uit de praktijk; vragen, ideeën en €. ").repeat(30)
                .substring(0, 2000);
        var start = amsterdam(2027, 6, 1, 14, 0);
        var entry = new CalendarEntry("reg-3-session-4@ontour", 5, false, STAMP, start, start.plus(Duration.ofHours(2)),
                "Lange beschrijving", description, null, null, null, null, ORGANIZER, ANNA, null, null);
        var ics = composer.compose(InviteMethod.REQUEST, entry);
        assertLinesWithin75OctetsAndWholeCharacters(ics);
        assertThat(event(ics).getDescription().getValue()).isEqualTo(description);
    }

    @Test
    void an_address_with_a_plus_sign_and_capitals_stays_as_given() throws Exception {
        var start = amsterdam(2027, 6, 1, 14, 0);
        var entry = new CalendarEntry("reg-5-session-6@ontour", 0, false, STAMP, start, start.plus(Duration.ofHours(2)),
                "Plus", null, null, null, null, null, ORGANIZER, new Mailbox("Anna.de.Vries+OnTour@Example.NL", "Anna \"AV\" de Vries"),
                null, null);
        var ics = composer.compose(InviteMethod.REQUEST, entry);
        var attendee = event(ics).getProperty("ATTENDEE").orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:Anna.de.Vries+OnTour@Example.NL");
        assertThat(attendee.getParameter("CN").orElseThrow().getValue()).isEqualTo("Anna 'AV' de Vries");
    }

    @Test
    void a_publish_file_names_no_attendee() throws Exception {
        var ics = composer.compose(InviteMethod.PUBLISH, drenthe(0, false, amsterdam(2027, 4, 20, 19, 0)));
        assertThat(ics).contains("METHOD:PUBLISH\r\n").doesNotContain("ATTENDEE", "Anna");
    }

    @Test
    void folding_never_splits_a_four_octet_character_at_the_boundary() {
        // 73 ASCII octets, then an emoji of 4 octets: it must move whole to the next line.
        var line = "X".repeat(73) + "😀" + "Y";
        var folded = InviteComposer.fold(line + "\r\n");
        assertThat(folded).isEqualTo("X".repeat(73) + "\r\n 😀Y\r\n");
        assertLinesWithin75OctetsAndWholeCharacters(folded);
    }

    static void assertLinesWithin75OctetsAndWholeCharacters(String ics) {
        assertThat(ics).endsWith("\r\n");
        var bytes = ics.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                var length = i - lineStart;
                assertThat(length).as("octets in line at byte %d", lineStart).isLessThanOrEqualTo(75);
                var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
                try {
                    decoder.decode(ByteBuffer.wrap(bytes, lineStart, length));
                } catch (CharacterCodingException e) {
                    throw new AssertionError("line at byte " + lineStart + " splits a UTF-8 character", e);
                }
                lineStart = i + 2;
                i++;
            }
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(String ics) throws IOException, ParserException {
        return parse(ics).<VEvent>getComponent("VEVENT").orElseThrow();
    }

    static String unfolded(String ics) {
        return InviteComposer.unfold(ics);
    }

    static void assertGolden(String name, String actual) throws IOException {
        var path = Path.of("src/test/resources/calendar", name);
        if (Boolean.getBoolean("calendar.golden.update")) {
            Files.writeString(path, actual, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(path)).as("golden file " + path + " (create with -Dcalendar.golden.update=true)").isTrue();
        assertThat(actual).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
    }
}
