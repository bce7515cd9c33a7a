package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lists organisers and griffies work in fit a phone (390x844), a tablet (1024x768) and a
 * laptop (1280x800), as issue 14 asks: nothing of the page lies outside the window, the columns that
 * matter show without scrolling sideways, the buttons show whole and on screen, and axe-core finds
 * no serious or critical violation. A screenshot of each page at each size lands in
 * {@code target/screenshots/lists-*.png}.
 *
 * <ul>
 *   <li>The griffie's attendee list of a full session with a waitlist, a cancellation and a
 *       registration waiting for its confirmation: name and status at every size, Status and
 *       Aanwezigheid on a laptop; the actions on the chosen rows on screen and, while nobody is
 *       chosen, disabled with the reason ("Kies eerst een of meer deelnemers"); the status filter
 *       says "Alle"; the counts per status add up to the list's count, and the confirmed and the
 *       waitlisted match the header's "8 van 8 plaatsen bezet, 2 op de wachtlijst".</li>
 *   <li>The organiser's session list (title and date at every size, nothing cut off) and the
 *       accounts (the Deactiveren and Nieuw wachtwoord buttons whole and on screen).</li>
 * </ul>
 *
 * <p>The application runs on the real clock (as all journeys): the session is a month ahead.
 */
@BrowserJourney
class ListsFitTheScreenJourneyTest {

    private static final String PROVINCE = "UT";
    private static final int SEATS = 8;
    /** Registered by the griffie: the first {@link #SEATS} get a seat, the other three the waitlist. */
    private static final List<String> PEOPLE = List.of("Anna-Sophie van den Heuvel-Brinkman", "Bas de Vries",
            "Chantal Oudshoorn-Verbeek", "Dirk-Jan ter Horst", "Esmeralda Wijnbergen-Kooistra", "Fatima El Amrani",
            "Gijsbert van Zuylen van Nijevelt", "Hanneke Schimmelpenninck", "Ids Hoekstra", "Jolanda Vermeulen-Tjaden",
            "Koen Bakker");
    private static final String SELF_REGISTERED = "Lieke Zwanenburg-Ouderkerk";

    /**
     * Rules axe-core reports on what is no part of the application: Vaadin's development tools, in
     * case they show (the journeys switch them off).
     */
    private static final List<String> NOT_OURS = List.of("vaadin-dev-tools", "copilot-main");

    /** The elements (button, link) that show less than their own text: cut off by their box or their cell. */
    private static final String CUT_OFF = """
            root => {
              const found = [];
              const width = document.documentElement.clientWidth;
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + e.textContent.trim().slice(0, 40) + '"';
              for (const e of root.querySelectorAll('vaadin-button, a, .ot-badge')) {
                const box = e.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) continue;
                const label = (e.shadowRoot && e.shadowRoot.querySelector('[part="label"]')) || e;
                if (label.scrollWidth > label.clientWidth + 1) {
                  found.push(name(e) + ': text ' + label.scrollWidth + ' px in ' + label.clientWidth + ' px');
                }
                if (box.left < -1 || box.right > width + 1) {
                  found.push(name(e) + ': outside the window [' + Math.round(box.left) + ', ' + Math.round(box.right) + ']');
                }
                const cell = e.closest('vaadin-grid-cell-content');
                if (cell) {
                  const c = cell.getBoundingClientRect();
                  if (box.left < c.left - 1 || box.right > c.right + 1) {
                    found.push(name(e) + ': wider than its cell [' + Math.round(box.left) + ', ' + Math.round(box.right)
                        + '] in [' + Math.round(c.left) + ', ' + Math.round(c.right) + ']');
                  }
                }
              }
              return found.slice(0, 20);
            }""";

    /**
     * The words in a grid's body cells that are wider than their cell, so the browser breaks them in
     * the middle ("Griffiemedewer-ker"). A line may end after a hyphen ("GroenLinks-PvdA"), so a
     * word is what lies between spaces and after a hyphen. Measured in the cell's own font.
     */
    private static final String WORDS_BROKEN = """
            grid => {
              const found = [];
              const measure = document.createElement('canvas').getContext('2d');
              for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                const slot = content.assignedSlot;
                if (!slot || !slot.closest('tbody') || content.getBoundingClientRect().width === 0) continue;
                const style = getComputedStyle(content);
                measure.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
                const room = content.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                for (const word of content.innerText.split(/\s+|(?<=-)/).filter(w => w.length > 0)) {
                  const width = measure.measureText(word).width;
                  if (width > room + 0.5) {
                    found.push('"' + word + '": ' + width.toFixed(0) + ' px in ' + room.toFixed(0) + ' px');
                  }
                }
              }
              return found;
            }""";

    /**
     * The body cells of one column (by its header text) whose text does not fit on one line of
     * the cell: measured in the cell's own font, as {@link #WORDS_BROKEN}.
     */
    private static final String CELLS_WRAPPED = """
            (grid, header) => {
              const found = [];
              const measure = document.createElement('canvas').getContext('2d');
              const contents = [...grid.querySelectorAll('vaadin-grid-cell-content')];
              const head = contents.find(c => c.assignedSlot && c.assignedSlot.closest('thead') && c.textContent.trim() === header);
              if (!head) return ['no column "' + header + '"'];
              const column = head.assignedSlot.parentElement._column;
              if (!column) return ['the header cell of "' + header + '" names no column'];
              for (const content of contents) {
                const slot = content.assignedSlot;
                if (!slot || !slot.closest('tbody') || slot.parentElement._column !== column) continue;
                const style = getComputedStyle(content);
                measure.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
                const room = content.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                const text = content.innerText.trim();
                const width = measure.measureText(text).width;
                if (text.length > 0 && width > room + 0.5) {
                  found.push('"' + text + '": ' + width.toFixed(0) + ' px in ' + room.toFixed(0) + ' px');
                }
              }
              return found;
            }""";

    /**
     * A grid's shown columns (their header text and where the header cell lies), the grid's box, and
     * whether its table scrolls sideways. Hidden columns have no cell in the table.
     */
    private static final String GRID_COLUMNS = """
            grid => {
              const table = grid.shadowRoot.querySelector('#table');
              const g = grid.getBoundingClientRect();
              const columns = [];
              for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                const slot = content.assignedSlot;
                if (!slot || !slot.closest('thead')) continue;
                const cell = slot.parentElement;
                const box = cell.getBoundingClientRect();
                if (box.width === 0 || getComputedStyle(cell).display === 'none') continue;
                columns.push({text: content.textContent.trim(), left: box.left, right: box.right});
              }
              return {left: g.left, right: g.right, scrollWidth: table.scrollWidth, clientWidth: table.clientWidth,
                      columns: columns};
            }""";

    /** The selection checkbox in the row that shows this name. */
    private static final String ROW_CHECKBOX = """
            (grid, name) => {
              const nameCell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                  .find(c => c.assignedSlot && c.assignedSlot.closest('tbody') && c.textContent.trim() === name);
              if (!nameCell) return null;
              const row = nameCell.assignedSlot.closest('tr');
              for (const slot of row.querySelectorAll('slot')) {
                for (const content of slot.assignedElements()) {
                  const box = content.querySelector('vaadin-checkbox');
                  if (box) return box;
                }
              }
              return null;
            }""";

    private static final String TOOLTIP = """
            button => {
              const tooltip = button.querySelector(':scope > vaadin-tooltip');
              return tooltip ? (tooltip.text || tooltip.getAttribute('text') || '') : '';
            }""";

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired UserAccountService accounts;
    @Autowired RegistrationAdministration administration;
    @Autowired ParticipantRegistrations registrations;
    @Autowired Attendees attendees;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1024, 768", "1280, 800"})
    void the_griffies_attendee_list_fits_the_screen_and_says_why_its_actions_wait(int width, int height, Page page) {
        var size = width + "x" + height;
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var organiser = SignInAs.withoutAccount(Role.ORGANISER);
        var griffie = SignInAs.as(organiser, () -> accounts.create("griffie-lijst-" + tag + "@journey.ontour.nl",
                "Griffie Utrecht " + tag, Role.GRIFFIE, Set.of(PROVINCE)));
        long session = fullSessionWithAWaitlist(tag);

        page.setViewportSize(width, height);
        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, griffie.account().getEmail(), griffie.initialPassword());
        Steps.open(page, "/griffie/sessie/" + session, "#attendees-grid");
        page.waitForSelector("#attendees-grid vaadin-grid-cell-content:has-text('" + PEOPLE.getFirst() + "')");
        Steps.waitForVaadin(page);

        var where = "/griffie/sessie/" + session + " at " + size;
        assertNothingOutsideTheWindow(page, where);
        var grid = page.locator("#attendees-grid");
        var shown = columnsOnScreen(page, grid, where);
        assertThat(shown).as("columns shown on screen in the attendee list at %s", size).contains("Naam", "Status");
        if (width >= 1280) {
            assertThat(shown).as("the columns issue 14 names, on a laptop").contains("Status", "Aanwezigheid");
            assertThat(page.locator("#columns-left-out")).isHidden();
            assertThat((List<?>) grid.evaluate(WORDS_BROKEN)).as("words broken in the middle at %s", size).isEmpty();
        }

        // Nobody chosen: the actions are there, on screen, disabled, and say why.
        var hint = page.locator("#attendee-actions-hint");
        assertThat(hint).hasText("Kies eerst een of meer deelnemers.");
        assertOnScreen(page, hint, where);
        for (var id : List.of("attendee-edit", "attendee-approve", "attendee-reject", "attendee-substitute", "attendee-move",
                "attendee-remove")) {
            var button = page.locator("#" + id);
            assertOnScreen(page, button, where);
            assertThat(button).isDisabled();
            assertThat((String) button.evaluate(TOOLTIP)).as("why #%s is disabled", id)
                    .isEqualTo("Kies eerst een of meer deelnemers.");
        }
        assertOnScreen(page, page.locator("#attendee-message"), where);

        // The status filter says it shows everyone.
        var filter = page.locator("#attendee-status input");
        assertThat(filter).hasAttribute("placeholder", "Alle");
        assertThat(filter).hasValue("");
        assertOnScreen(page, page.locator("#attendee-status"), where);

        // The count line explains the seats: per status, adding up, matching the header.
        var header = page.locator("#attendees-session");
        assertThat(header).containsText(SEATS + " van " + SEATS + " plaatsen bezet, 2 op de wachtlijst");
        assertThat(page.locator("#attendee-count")).hasText((PEOPLE.size() + 1) + " aanmeldingen");
        var summary = page.locator("#attendee-status-counts");
        assertOnScreen(page, summary, where);
        assertThat(page.locator("#attendee-status-counts .ot-status-total")).hasText((PEOPLE.size() + 1) + " aanmeldingen:");
        assertThat(page.locator("#status-count-CONFIRMED")).hasText(SEATS + " bevestigd");
        assertThat(page.locator("#status-count-WAITLISTED")).hasText("2 op de wachtlijst");
        assertThat(page.locator("#status-count-CANCELLED")).hasText("1 geannuleerd");
        assertThat(page.locator("#status-count-PENDING_CONFIRMATION")).hasText("1 wacht op bevestiging");
        int parts = summary.locator(".ot-status-parts vaadin-button").all().stream()
                .mapToInt(part -> Integer.parseInt(part.textContent().trim().split(" ")[0])).sum();
        assertThat(parts).as("the counts per status add up to the list's count").isEqualTo(PEOPLE.size() + 1);
        assertThat(summary).containsText("Bezette plaatsen tellen alle provincies");

        Steps.screenshot(page, "lists-griffie-attendees-" + size);
        assertNoSeriousViolations(page, where, height);

        // One person chosen (on a phone too): the actions that fit come alive, the others still say why.
        var checkbox = grid.evaluateHandle(ROW_CHECKBOX, PEOPLE.getFirst()).asElement();
        assertThat(checkbox).as("the selection checkbox in %s's row", PEOPLE.getFirst()).isNotNull();
        checkbox.scrollIntoViewIfNeeded();
        checkbox.click();
        Steps.waitForVaadin(page);
        assertThat(hint).containsText("1 deelnemer gekozen.");
        for (var id : List.of("attendee-edit", "attendee-substitute", "attendee-move", "attendee-remove")) {
            assertThat(page.locator("#" + id)).isEnabled();
        }
        for (var id : List.of("attendee-approve", "attendee-reject")) {
            assertThat(page.locator("#" + id)).isDisabled();
            assertThat((String) page.locator("#" + id).evaluate(TOOLTIP))
                    .contains("Geen van de gekozen deelnemers wacht op goedkeuring.");
        }
        assertNothingOutsideTheWindow(page, where + " with a row chosen");
        Steps.screenshot(page, "lists-griffie-attendees-chosen-" + size);

        // The griffie's home: its sessions with their date and time, which on a laptop fit one line.
        Steps.open(page, "/griffie", "#home-sessions");
        page.waitForSelector("#home-sessions vaadin-grid-cell-content:has-text('" + tag + "')");
        Steps.waitForVaadin(page);
        assertNothingOutsideTheWindow(page, "/griffie at " + size);
        assertThat(columnsOnScreen(page, page.locator("#home-sessions"), "/griffie at " + size))
                .as("columns of the griffie's sessions at %s", size).contains("Sessie", "Wanneer");
        if (width >= 1280) {
            assertThat((List<?>) page.locator("#home-sessions").evaluate(CELLS_WRAPPED, "Wanneer"))
                    .as("dates and times that wrap on the griffie's home at %s", size).isEmpty();
        }
        Steps.screenshot(page, "lists-griffie-home-" + size);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1024, 768", "1280, 800"})
    void the_organisers_session_list_and_accounts_fit_the_screen(int width, int height, Page page) {
        var size = width + "x" + height;
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var organiser = SignInAs.withoutAccount(Role.ORGANISER);
        var tourId = SignInAs.as(organiser, () -> tours.create("Lijsten " + tag, null, LocalDate.now(),
                LocalDate.now().plusYears(1), "t@test.nl").getId());
        var title = "Weerbaar besturen: omgaan met agressie, intimidatie en bedreiging in Utrecht " + tag;
        SignInAs.as(organiser, () -> {
            var published = sessions.create(plan(tourId, title, 30));
            sessions.publish(published.getId());
            return sessions.create(plan(tourId, "Concept in Utrecht " + tag, 45)).getId();
        });
        var someone = SignInAs.as(organiser, () -> accounts.create("griffie-knoppen-" + tag + "@journey.ontour.nl",
                "Griffie met een lange naam " + tag, Role.GRIFFIE, Set.of(PROVINCE, "GE", "NH")));

        page.setViewportSize(width, height);
        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, OrganiserSignInJourneyTest.ORGANISER, OrganiserSignInJourneyTest.ORGANISER_PASSWORD);

        var where = "/planning/sessies at " + size;
        Steps.open(page, "/planning/sessies?tour=" + tourId, "#sessions-grid");
        page.waitForSelector("#sessions-grid a.ot-grid-link:has-text('" + title + "')");
        Steps.waitForVaadin(page);
        assertNothingOutsideTheWindow(page, where);
        var shown = columnsOnScreen(page, page.locator("#sessions-grid"), where);
        assertThat(shown).as("columns shown on screen in the session list at %s", size).contains("Titel", "Wanneer");
        if (width >= 1280) {
            assertThat(shown).contains("Status");
            assertThat(page.locator("#sessions-grid")).containsText("Gepubliceerd");
        }
        assertNothingCutOff(page, "#sessions-grid", where);
        assertOnScreen(page, page.locator("#new-session"), where);
        Steps.screenshot(page, "lists-organiser-sessions-" + size);
        assertNoSeriousViolations(page, where, height);

        where = "/beheer/gebruikers at " + size;
        Steps.open(page, "/beheer/gebruikers", "#users");
        page.waitForSelector("#toggle-" + someone.account().getId());
        Steps.waitForVaadin(page);
        assertNothingOutsideTheWindow(page, where);
        shown = columnsOnScreen(page, page.locator("#users"), where);
        assertThat(shown).as("columns shown on screen in the accounts at %s", size).contains("Naam", "Acties");
        var toggle = page.locator("#toggle-" + someone.account().getId());
        var reset = page.locator("#reset-" + someone.account().getId());
        assertThat(toggle).hasText("Deactiveren");
        assertThat(reset).hasText("Nieuw wachtwoord");
        assertOnScreen(page, toggle, where);
        assertOnScreen(page, reset, where);
        assertNothingCutOff(page, "#users", where);
        Steps.screenshot(page, "lists-organiser-users-" + size);
        assertNoSeriousViolations(page, where, height);

        // The organiser's other lists: the first columns (and the button of a row) on screen at
        // every size, no sideways scrolling, nothing cut off. Each entry: the page, its grid and the
        // column headers that must show.
        for (var list : List.of(List.of("/beheer/tours", "#tours", "Naam", "Acties"),
                List.of("/beheer/locaties", "#venues", "Naam", "Acties"), List.of("/beheer/trainers", "#trainers", "Naam", "Acties"),
                List.of("/beheer/provincies", "#provinces", "Provincie", "Acties"),
                List.of("/beheer/api-tokens", "#api-tokens", "Naam van de token", "Acties"),
                List.of("/agenda-links", "#feed-links", "Gemaakt", "Acties"),
                List.of("/tourplanning/trainers", "#availability-grid", "Trainer", "Acties"),
                List.of("/tourplanning/wensen", "#wishes-grid", "Provincie", "Doorgegeven"),
                List.of("/tourplanning/schoolvakanties", "#holidays-grid", "Regio", "Van – tot en met"),
                List.of("/resultaten", "#results-grid", "Provincie", "Bereik"), List.of("/resultaten", "#results-sessions", "Titel", "Wanneer"),
                List.of("/beheer/privacy", "#erasure-log", "Wanneer"), List.of("/beheer/agenda-antwoorden", "#replies-log", "Ontvangen", "Uitkomst"),
                List.of("/beheer/toegang", "#access-log", "Wanneer", "Wie"))) {
            where = list.get(0) + " " + list.get(1) + " at " + size;
            Steps.open(page, list.get(0), list.get(1));
            Steps.waitForVaadin(page);
            assertNothingOutsideTheWindow(page, where);
            assertThat(columnsOnScreen(page, page.locator(list.get(1)), where)).as("columns shown on screen in %s", where)
                    .containsAll(list.subList(2, list.size()));
            assertNothingCutOff(page, list.get(1), where);
            Steps.screenshot(page, "lists-organiser" + list.get(0).replace('/', '-') + list.get(1).replace('#', '-') + "-" + size);
        }
        // What a phone leaves out of the provinces' wishes is named above the list.
        Steps.open(page, "/tourplanning/wensen", "#wishes-grid");
        Steps.waitForVaadin(page);
        if (width < 1024) {
            assertThat(page.locator("#wishes-left-out")).containsText("Past niet op dit scherm: Sessies gewenst");
        } else if (width >= 1280) {
            assertThat(page.locator("#wishes-left-out")).isHidden();
        }
        // A page of fields and buttons, no list: nothing outside the window.
        Steps.open(page, "/beheer/mail/sjablonen", "#template-reset");
        assertNothingOutsideTheWindow(page, "/beheer/mail/sjablonen at " + size);
        Steps.open(page, "/beheer/privacy", "#erasure-preview");
        assertOnScreen(page, page.locator("#erasure-preview"), "/beheer/privacy at " + size);
    }

    /**
     * A published session in Utrecht a month ahead with {@link #SEATS} seats, registered by the
     * griffie: eight with a seat, three on the waitlist; then one with a seat removed (the first on
     * the waitlist takes it), and one person registered themselves and has not confirmed yet.
     */
    private long fullSessionWithAWaitlist(String tag) {
        var organiser = SignInAs.withoutAccount(Role.ORGANISER);
        long session = SignInAs.as(organiser, () -> {
            var tour = tours.create("Deelnemerslijst " + tag, null, LocalDate.now(), LocalDate.now().plusYears(1), "t@test.nl");
            var created = sessions.create(new SessionPlan(tour.getId(), PROVINCE,
                    "Weerbaar besturen: omgaan met agressie en intimidatie " + tag, null, null, start(30),
                    start(30).plus(Duration.ofMinutes(150)), venues.optionsFor(PROVINCE).getFirst().getId(),
                    SessionFormat.IN_PERSON, null, SEATS, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
        var ids = new ArrayList<Long>();
        SignInAs.as(organiser, () -> {
            for (int i = 0; i < PEOPLE.size(); i++) {
                ids.add(administration.registerOnBehalf(session, details(PEOPLE.get(i), tag, i)).registrationId());
            }
            administration.remove(ids.get(1));
            return null;
        });
        SignInAs.nobody();
        registrations.request(session, details(SELF_REGISTERED, tag, PEOPLE.size()), true);
        var statuses = SignInAs.as(organiser, () -> attendees.all(session, AttendeeFilter.all())).stream()
                .collect(Collectors.groupingBy(a -> a.status(), Collectors.counting()));
        assertThat(statuses).as("the list the journey looks at").isEqualTo(Map.of(RegistrationStatus.CONFIRMED, (long) SEATS,
                RegistrationStatus.WAITLISTED, 2L, RegistrationStatus.CANCELLED, 1L, RegistrationStatus.PENDING_CONFIRMATION, 1L));
        return session;
    }

    private static ParticipantDetails details(String name, String tag, int n) {
        var email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + tag + "@example.nl";
        return new ParticipantDetails(name, email, n % 4 == 3 ? ParticipantFunction.GRIFFIEMEDEWERKER : ParticipantFunction.STATENLID,
                PROVINCE, n % 4 == 3 ? null : List.of("GroenLinks-PvdA", "VVD", "Partij voor de Dieren").get(n % 3),
                null, null, null, "nl");
    }

    private SessionPlan plan(long tourId, String title, int daysAhead) {
        return new SessionPlan(tourId, PROVINCE, title, null, null, start(daysAhead), start(daysAhead).plus(Duration.ofMinutes(150)),
                venues.optionsFor(PROVINCE).getFirst().getId(), SessionFormat.IN_PERSON, null, 20, Audience.BOTH, Set.of(), null,
                null, false);
    }

    private static java.time.Instant start(int daysAhead) {
        return LocalDate.now().plusDays(daysAhead).atTime(LocalTime.of(19, 30)).atZone(DutchTime.ZONE).toInstant();
    }

    /**
     * Nothing of the content outside the window. The app layout turns its drawer into an overlay
     * after a resize (a transition and a round trip): give it up to 5 s to settle first.
     */
    private static void assertNothingOutsideTheWindow(Page page, String where) {
        var found = Steps.outsideTheWindow(page);
        for (int tries = 0; tries < 20 && !found.isEmpty(); tries++) {
            page.waitForTimeout(250);
            Steps.waitForVaadin(page);
            found = Steps.outsideTheWindow(page);
        }
        assertThat(found).as("%s: content outside the window", where).isEmpty();
    }

    /**
     * The header texts of the grid's columns that show whole inside the grid and the window; fails
     * when the grid's table scrolls sideways.
     */
    @SuppressWarnings("unchecked")
    private static List<String> columnsOnScreen(Page page, Locator grid, String where) {
        var result = (Map<String, Object>) grid.evaluate(GRID_COLUMNS);
        double gridLeft = number(result.get("left"));
        double gridRight = number(result.get("right"));
        int windowWidth = page.viewportSize().width;
        assertThat(number(result.get("scrollWidth"))).as("%s: the grid's table scrolls sideways (its width against the room it has)",
                where).isLessThanOrEqualTo(number(result.get("clientWidth")) + 1);
        var shown = new ArrayList<String>();
        var notWhole = new ArrayList<String>();
        for (var column : (List<Map<String, Object>>) result.get("columns")) {
            var text = (String) column.get("text");
            double left = number(column.get("left"));
            double right = number(column.get("right"));
            if (left >= gridLeft - 1 && right <= gridRight + 1 && left >= -1 && right <= windowWidth + 1) {
                shown.add(text);
            } else {
                notWhole.add(text + " [" + Math.round(left) + ", " + Math.round(right) + "]");
            }
        }
        System.out.printf("[journey] %s: columns on screen %s%s%n", where, shown,
                notWhole.isEmpty() ? "" : ", not whole " + notWhole);
        assertThat(notWhole).as("%s: columns shown but not whole on screen", where).isEmpty();
        return shown;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** Shown, and once scrolled to (the page scrolls up and down), wholly inside the window. */
    private static void assertOnScreen(Page page, Locator element, String where) {
        assertThat(element).isVisible();
        element.scrollIntoViewIfNeeded();
        var box = element.boundingBox();
        var window = page.viewportSize();
        assertThat(box).as("%s: the box of %s", where, element).isNotNull();
        assertThat(box.x).as("%s: left edge of %s", where, element).isGreaterThanOrEqualTo(-1);
        assertThat(box.x + box.width).as("%s: right edge of %s", where, element).isLessThanOrEqualTo(window.width + 1);
        assertThat(box.y).as("%s: top of %s", where, element).isGreaterThanOrEqualTo(-1);
        assertThat(box.y + box.height).as("%s: bottom of %s", where, element).isLessThanOrEqualTo(window.height + 1);
    }

    @SuppressWarnings("unchecked")
    private static void assertNothingCutOff(Page page, String selector, String where) {
        var found = (List<String>) page.locator(selector).evaluate(CUT_OFF);
        assertThat(found).as("%s: buttons, links or badges cut off", where).isEmpty();
    }

    /**
     * No serious or critical axe-core violation; every violation, of any impact, printed. The scan
     * makes the window as tall as the page: it gets its height back afterwards.
     */
    private static void assertNoSeriousViolations(Page page, String where, int height) {
        var violations = AxeCore.scan(page);
        page.setViewportSize(page.viewportSize().width, height);
        System.out.printf("[axe] %s: %d violation(s)%n", where, violations.size());
        violations.forEach(v -> System.out.println("[axe]   " + v + (notOurs(v) ? "  (Vaadin's development tools, excluded)" : "")));
        var blocking = violations.stream().filter(AxeCore.Violation::isSeriousOrCritical).filter(v -> !notOurs(v))
                .map(Object::toString).toList();
        assertThat(blocking).as("%s: serious or critical accessibility violations", where).isEmpty();
    }

    private static boolean notOurs(AxeCore.Violation violation) {
        return NOT_OURS.stream().anyMatch(violation.target()::contains);
    }
}
