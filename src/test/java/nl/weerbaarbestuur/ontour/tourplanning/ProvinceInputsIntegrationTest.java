package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The organisers' overview of the provinces' input, the sessions wanted, and the reminder mail through the outbox. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class ProvinceInputsIntegrationTest {

    @Autowired ProvinceInputs inputs;
    @Autowired TourDates dates;
    @Autowired PlanningInputs planningInputs;
    @Autowired UserAccountService accounts;
    @Autowired MailOutbox outbox;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private long tourId;

    @BeforeEach
    void aTour() {
        clock.set(FixedClockConfiguration.NOW);
        var fixture = new PlanningFixture(context);
        fixture.draftSession("GR", PlanningFixture.uniqueTitle("Los"), Duration.ofDays(30));
        tourId = fixture.tourId();
        SignInAs.role(Role.ORGANISER);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private String griffie(String province) {
        var email = TestAccounts.uniqueEmail("griffie-" + province.toLowerCase());
        accounts.create(email, "Griffie " + province, Role.GRIFFIE, Set.of(province));
        return email;
    }

    private List<OutboxMessage> remindersTo(String email) {
        return outbox.search(new MailOutbox.LogFilter(null, "TOUR_DATES_REMINDER", email), 0, 100).stream()
                .filter(m -> m.getRecipient().equals(email)).toList();
    }

    private ProvinceInputs.Row row(String code) {
        return inputs.overview(tourId).stream().filter(r -> r.provinceCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_overview_lists_all_twelve_provinces_and_shows_who_answered() {
        SignInAs.role(Role.GRIFFIE, "DR");
        dates.answer(tourId, "DR", new TourDates.Answer(List.of(new TourDates.UnsuitableDate(
                dates.form(tourId, "DR").firstDay().plusDays(3), "Reces")), PartOfDay.AFTERNOON, Set.of()), null);
        SignInAs.role(Role.ORGANISER);

        var rows = inputs.overview(tourId);

        assertThat(rows).hasSize(12);
        assertThat(rows).filteredOn(ProvinceInputs.Row::answered).extracting(ProvinceInputs.Row::provinceCode).containsExactly("DR");
        var drenthe = row("DR");
        assertThat(drenthe.unsuitableDates()).isEqualTo(1);
        assertThat(drenthe.partOfDay()).isEqualTo(PartOfDay.AFTERNOON);
        assertThat(rows).allSatisfy(r -> assertThat(r.sessionsWanted()).isEqualTo(1));
    }

    @Test
    void sessions_wanted_are_set_per_province_and_reach_the_planner() {
        inputs.setSessionsWanted(tourId, "NH", 3);
        inputs.setSessionsWanted(tourId, "FL", 0);

        assertThat(row("NH").sessionsWanted()).isEqualTo(3);
        var input = planningInputs.forTour(tourId);
        assertThat(input.provinces()).filteredOn(p -> p.provinceCode().equals("NH")).singleElement()
                .satisfies(p -> assertThat(p.sessionsWanted()).isEqualTo(3));
        assertThat(input.provinces()).filteredOn(p -> p.provinceCode().equals("FL")).singleElement()
                .satisfies(p -> assertThat(p.sessionsWanted()).isZero());
    }

    @Test
    void sessions_wanted_outside_zero_to_ten_are_refused() {
        for (int bad : new int[]{-1, ProvinceInputs.MAX_SESSIONS + 1}) {
            assertThatThrownBy(() -> inputs.setSessionsWanted(tourId, "NH", bad))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().messageKey())
                            .isEqualTo("tourplanning.input.error.sessions"));
        }
        assertThat(row("NH").sessionsWanted()).isEqualTo(1);
    }

    @Test
    void a_reminder_is_queued_for_the_griffie_of_the_province_that_has_not_answered_once_a_day() {
        var overijssel = griffie("OV");
        var elsewhere = griffie("ZH");

        int queued = inputs.remind(tourId, "OV");

        assertThat(queued).isPositive();
        var mails = remindersTo(overijssel);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("Overijssel");
            assertThat(mail.getText()).contains("Griffie OV", "/tourplanning/datums?tour=" + tourId + "&provincie=OV");
            assertThat(mail.getLanguage()).isEqualTo("nl");
            assertThat(mail.getSender()).contains("ontour@test.ontour.nl");
        });
        assertThat(remindersTo(elsewhere)).isEmpty();
        assertThat(row("OV").remindedAt()).isEqualTo(clock.instant());

        assertThat(inputs.remind(tourId, "OV")).as("the same day again").isZero();
        assertThat(remindersTo(overijssel)).hasSize(1);
        clock.advance(Duration.ofDays(1));
        inputs.remind(tourId, "OV");
        assertThat(remindersTo(overijssel)).hasSize(2);
    }

    @Test
    void a_province_that_answered_gets_no_reminder() {
        var groningen = griffie("GR");
        SignInAs.role(Role.GRIFFIE, "GR");
        dates.answer(tourId, "GR", new TourDates.Answer(List.of(), null, Set.of()), null);
        SignInAs.role(Role.ORGANISER);

        assertThatThrownBy(() -> inputs.remind(tourId, "GR")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("tourplanning.input.error.already-answered");
        assertThat(remindersTo(groningen)).isEmpty();
    }

    @Test
    void remind_all_reaches_every_unanswered_province_with_a_griffie() {
        var limburg = griffie("LI");
        var brabant = griffie("NB");
        SignInAs.role(Role.GRIFFIE, "NB");
        dates.answer(tourId, "NB", new TourDates.Answer(List.of(), null, Set.of()), null);
        SignInAs.role(Role.ORGANISER);

        inputs.remindAllUnanswered(tourId);

        assertThat(remindersTo(limburg)).hasSize(1);
        assertThat(remindersTo(brabant)).isEmpty();
    }

    @Test
    void only_organisers_see_the_overview_and_send_reminders() {
        SignInAs.role(Role.GRIFFIE, "UT");

        assertThatThrownBy(() -> inputs.overview(tourId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inputs.remind(tourId, "UT")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inputs.setSessionsWanted(tourId, "UT", 2)).isInstanceOf(AccessDeniedException.class);
    }
}
