package nl.weerbaarbestuur.ontour.griffie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.registration.AttendanceMode;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The attendee list per role: who sees whom, searching, removing, the bulk dialog and the message. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class AttendeeListViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SeatCounts counts;
    @Autowired RegistrationAdministration administration;
    @Autowired Attendees attendees;
    @Autowired MutableClock clock;
    @Autowired nl.weerbaarbestuur.ontour.security.UserAccountService accounts;
    @Autowired EntityManager entityManager;
    @Autowired nl.weerbaarbestuur.ontour.planning.SessionService sessions;
    @Autowired nl.weerbaarbestuur.ontour.planning.TourService tours;
    @Autowired nl.weerbaarbestuur.ontour.planning.VenueService venues;

    private long session;
    private String title;
    private PlanningFixture fixture;

    @BeforeEach
    void aSessionInUtrechtWithPeopleFromTwoProvinces() {
        clock.set(FixedClockConfiguration.NOW);
        title = PlanningFixture.uniqueTitle("Weerbaar Utrecht");
        fixture = new PlanningFixture(context);
        session = fixture.publishedSession("UT", title, Duration.ofDays(20)).getId();
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            register("Anna Utrecht", "UT");
            register("Bert Utrecht", "UT");
            register("Cees Utrecht", "UT");
            register("Noor Brabant", "NB");
            return null;
        });
    }

    private void register(String name, String province) {
        administration.registerOnBehalf(session, new ParticipantDetails(name, TestAccounts.uniqueEmail(name.split(" ")[0].toLowerCase()),
                ParticipantFunction.STATENLID, province, "Fractie", null, null, null, "nl"));
    }

    @SuppressWarnings("unchecked")
    private Grid<Attendee> open() {
        UI.getCurrent().navigate("griffie/sessie/" + session);
        return find(Grid.class).withId("attendees-grid").single();
    }

    private java.util.List<String> names(Grid<Attendee> grid) {
        var tester = test(grid);
        var names = new java.util.ArrayList<String>();
        for (int i = 0; i < tester.size(); i++) {
            names.add(tester.getRow(i).fullName());
        }
        return names;
    }

    private long countAsOrganiser() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.count(session, AttendeeFilter.all()));
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_organiser_sees_everyone_by_name_and_searches() {
        var grid = open();
        assertThat(find(H2.class).withId("attendees-heading").single().getText()).isEqualTo(title);
        assertThat(names(grid)).containsExactly("Anna Utrecht", "Bert Utrecht", "Cees Utrecht", "Noor Brabant");

        find(TextField.class).withId("attendee-search").single().setValue("noor");

        assertThat(names(grid)).containsExactly("Noor Brabant");
        for (var format : java.util.List.of("csv", "xlsx", "pdf")) {
            var link = find(com.vaadin.flow.component.html.Anchor.class).withId("export-" + format).single();
            assertThat(link.getHref()).as(format + " download address").isNotBlank();
            assertThat(link.getElement().hasAttribute("download")).as(format + " downloads, not navigates").isTrue();
        }
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "NB")
    void a_griffie_sees_only_the_people_of_its_own_province() {
        assertThat(names(open())).containsExactly("Noor Brabant");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "FR")
    void a_griffie_of_a_province_without_people_here_sees_an_empty_list() {
        assertThat(names(open())).isEmpty();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void removing_asks_first_and_then_cancels_the_registration() {
        var grid = open();
        test(grid).select(0);
        var anna = test(grid).getRow(0);
        test(find(Button.class).withId("attendee-remove").single()).click();

        test(find(ConfirmDialog.class).withId("remove-dialog").single()).confirm();

        var after = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> attendees.all(session, AttendeeFilter.all()));
        assertThat(after).filteredOn(a -> a.registrationId() == anna.registrationId()).extracting(Attendee::status)
                .containsExactly(RegistrationStatus.CANCELLED);
        assertThat(find(Button.class).withId("attendee-remove").single().isEnabled()).isFalse();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void the_bulk_dialog_reports_broken_lines_before_saving_and_saves_only_the_valid_ones() {
        open();
        test(find(Button.class).withId("attendee-bulk").single()).click();
        var tag = TestAccounts.uniqueEmail("x").substring(2, 10);
        find(TextArea.class).withId("bulk-text").single().setValue("""
                Naam;E-mail;Functie;Fractie
                Daan Dijk;daan.%1$s@example.nl;Statenlid;D66
                Els Fout;geen-adres;Statenlid;CDA
                Fien Foto;fien.%1$s@example.nl;gedeputeerde;VVD
                """.formatted(tag));
        var save = find(Button.class).withId("bulk-save").single();
        assertThat(save.isEnabled()).as("nothing to save before a check").isFalse();

        test(find(Button.class).withId("bulk-check").single()).click();

        var report = find(Div.class).withId("bulk-report").single().getElement().getTextRecursively();
        assertThat(report).contains("2 regels kunnen worden aangemeld").contains("Regel 3: Geen geldig e-mailadres: geen-adres");
        assertThat(countAsOrganiser()).as("nothing saved by the check").isEqualTo(4);
        assertThat(save.isEnabled()).isTrue();

        test(save).click();

        assertThat(countAsOrganiser()).isEqualTo(6);
        assertThat(names(find(Grid.class).withId("attendees-grid").single())).contains("Daan Dijk", "Fien Foto");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void an_edit_after_the_check_asks_for_a_new_check() {
        open();
        test(find(Button.class).withId("attendee-bulk").single()).click();
        var text = find(TextArea.class).withId("bulk-text").single();
        text.setValue("Gijs Goed;gijs." + System.nanoTime() + "@example.nl;Statenlid;CDA");
        test(find(Button.class).withId("bulk-check").single()).click();
        var save = find(Button.class).withId("bulk-save").single();
        assertThat(save.isEnabled()).isTrue();

        text.setValue(text.getValue() + "\nHenk;henk@example.nl;wethouder;CDA");

        assertThat(save.isEnabled()).isFalse();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void one_line_is_counted_in_the_singular_and_the_upload_speaks_dutch() {
        open();
        test(find(Button.class).withId("attendee-bulk").single()).click();
        var upload = find(Upload.class).withId("bulk-upload").single();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Kies bestand");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("of sleep het hierheen");
        find(TextArea.class).withId("bulk-text").single().setValue("""
                Jan Een;jan.%1$s@example.nl;Statenlid;CDA
                Kees Fout;geen-adres;Statenlid;CDA
                """.formatted(System.nanoTime()));

        test(find(Button.class).withId("bulk-check").single()).click();

        assertThat(find(Div.class).withId("bulk-report").single().getElement().getTextRecursively())
                .contains("1 regel kan worden aangemeld; 1 regel heeft een probleem en wordt overgeslagen.");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void an_uploaded_list_lands_in_the_text_box_to_be_checked() {
        open();
        test(find(Button.class).withId("attendee-bulk").single()).click();
        var content = "Ida IJsselstein;ida@example.nl;Statenlid;GroenLinks\n";

        test(find(Upload.class).withId("bulk-upload").single()).upload("lijst.csv", "text/csv",
                content.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(find(TextArea.class).withId("bulk-text").single().getValue()).isEqualTo(content);
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_message_is_queued_for_each_confirmed_attendee_the_griffie_may_see() {
        open();
        test(find(Button.class).withId("attendee-message").single()).click();
        var subject = PlanningFixture.uniqueTitle("Route");
        find(TextField.class).withId("message-subject").single().setValue(subject);
        find(TextArea.class).withId("message-text").single().setValue("Ingang aan de achterkant.");

        test(find(Button.class).withId("message-send").single()).click();

        var queued = entityManager.createQuery("select count(m) from OutboxMessage m where m.subject = :s", Long.class)
                .setParameter("s", subject).getSingleResult();
        assertThat(queued).as("three people of Utrecht, not the one of Brabant").isEqualTo(3);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_session_editor_links_to_the_attendee_list() {
        UI.getCurrent().navigate("planning/sessie/" + session);

        var link = find(com.vaadin.flow.component.html.Anchor.class).withId("session-attendees").single();
        assertThat(link.getHref()).isEqualTo("griffie/sessie/" + session);
        assertThat(link.getText()).isEqualTo("Deelnemerslijst");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void moving_an_attendee_to_another_session_of_the_same_tour() {
        long other = fixture.publishedSession("UT", PlanningFixture.uniqueTitle("Later"), Duration.ofDays(40)).getId();
        var grid = open();
        test(grid).select(1);
        var bert = test(grid).getRow(1);
        assertThat(bert.fullName()).isEqualTo("Bert Utrecht");
        test(find(Button.class).withId("attendee-move").single()).click();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<nl.weerbaarbestuur.ontour.planning.SessionFacts> target =
                find(com.vaadin.flow.component.select.Select.class).withId("move-target").single();
        assertThat(target.getListDataView().getItems().map(s -> s.id())).containsExactly(other);
        target.setValue(target.getListDataView().getItem(0));
        test(find(Button.class).withId("move-confirm").single()).click();

        var here = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(session, AttendeeFilter.all()));
        assertThat(here).filteredOn(a -> a.registrationId() == bert.registrationId()).extracting(Attendee::status)
                .containsExactly(RegistrationStatus.CANCELLED);
        var there = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(other, AttendeeFilter.all()));
        assertThat(there).extracting(Attendee::fullName, Attendee::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bert Utrecht", RegistrationStatus.CONFIRMED));
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void adding_one_person_on_behalf_confirms_them_and_a_bad_address_is_marked_on_the_field() {
        var grid = open();
        test(find(Button.class).withId("attendee-add").single()).click();
        find(TextField.class).withId("person-name").single().setValue("Jet Jansen");
        var email = find(com.vaadin.flow.component.textfield.EmailField.class).withId("person-email").single();
        email.setValue("geen-adres");
        test(find(Button.class).withId("person-save").single()).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Vul een geldig e-mailadres in");

        email.setValue(TestAccounts.uniqueEmail("jet"));
        test(find(Button.class).withId("person-save").single()).click();

        assertThat(names(grid)).contains("Jet Jansen");
        var jet = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(session, new AttendeeFilter("jet jansen", java.util.Set.of())));
        assertThat(jet).extracting(Attendee::status, Attendee::provinceCode, Attendee::madeBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RegistrationStatus.CONFIRMED, "UT",
                        nl.weerbaarbestuur.ontour.registration.MadeBy.GRIFFIE));
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_substitute_takes_the_seat_of_a_confirmed_attendee() {
        var grid = open();
        test(grid).select(2);
        var cees = test(grid).getRow(2);
        assertThat(find(Button.class).withId("attendee-approve").single().isEnabled()).as("nothing to approve").isFalse();
        test(find(Button.class).withId("attendee-substitute").single()).click();
        find(TextField.class).withId("person-name").single().setValue("Vera Vervanger");
        find(com.vaadin.flow.component.textfield.EmailField.class).withId("person-email").single()
                .setValue(TestAccounts.uniqueEmail("vera"));

        test(find(Button.class).withId("person-save").single()).click();

        var all = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(session, AttendeeFilter.all()));
        assertThat(all).filteredOn(a -> a.registrationId() == cees.registrationId()).extracting(Attendee::status).containsExactly(RegistrationStatus.CANCELLED);
        assertThat(all).filteredOn(a -> a.fullName().equals("Vera Vervanger")).extracting(Attendee::status)
                .containsExactly(RegistrationStatus.CONFIRMED);
        assertThat(counts.of(session).confirmed()).as("the seat never freed").isEqualTo(4);
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void the_griffie_approves_one_registration_and_rejects_another() {
        long approvalSession = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create(PlanningFixture.uniqueTitle("Goedkeuringstour"), null, java.time.LocalDate.of(2027, 1, 1),
                    java.time.LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var start = java.time.LocalDateTime.of(2027, 6, 8, 19, 0).atZone(nl.weerbaarbestuur.ontour.shared.DutchTime.ZONE).toInstant();
            var created = sessions.create(new nl.weerbaarbestuur.ontour.planning.SessionPlan(tour.getId(), "UT",
                    PlanningFixture.uniqueTitle("Met goedkeuring"), null, null, start, start.plus(Duration.ofHours(2)),
                    venues.optionsFor("UT").getFirst().getId(), nl.weerbaarbestuur.ontour.planning.SessionFormat.IN_PERSON, null,
                    10, nl.weerbaarbestuur.ontour.planning.Audience.BOTH, java.util.Set.of(), null, start.minus(Duration.ofDays(1)), true));
            sessions.publish(created.getId());
            return created.getId();
        });
        for (var name : java.util.List.of("Kees Keur", "Lot Later")) {
            var receipt = registrations.request(approvalSession, new ParticipantDetails(name, TestAccounts.uniqueEmail("k"),
                    ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"), true);
            registrations.confirm(receipt.confirmationToken());
        }
        UI.getCurrent().navigate("griffie/sessie/" + approvalSession);
        @SuppressWarnings("unchecked")
        Grid<Attendee> grid = find(Grid.class).withId("attendees-grid").single();
        assertThat(test(grid).getRow(0).status()).isEqualTo(RegistrationStatus.AWAITING_APPROVAL);

        test(grid).select(0);
        test(find(Button.class).withId("attendee-approve").single()).click();
        test(grid).select(1);
        test(find(Button.class).withId("attendee-reject").single()).click();

        assertThat(test(grid).getRow(0).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(test(grid).getRow(1).status()).isEqualTo(RegistrationStatus.REJECTED);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_status_filter_says_all_and_the_counts_per_status_explain_the_seats_taken() {
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> administration.remove(
                attendees.page(session, AttendeeFilter.all(), org.springframework.data.domain.PageRequest.of(0, 10))
                        .getContent().getFirst().registrationId()));
        open();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<StatusChoice> status =
                find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withId("attendee-status").single();
        assertThat(status.getPlaceholder()).isEqualTo("Alle");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("attendees-session").single().getText())
                .contains("3 van 30 plaatsen bezet");
        assertThat(find(Div.class).withId("attendee-status-counts").single().getElement().getTextRecursively())
                .isEqualTo("4 aanmeldingen:3 bevestigd1 geannuleerd");

        test(find(Button.class).withId("status-count-CANCELLED").single()).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("attendee-count").single().getText())
                .isEqualTo("1 aanmelding");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void the_actions_say_why_they_are_disabled_and_cancel_several_people_reporting_each() {
        var grid = open();
        var hint = find(com.vaadin.flow.component.html.Span.class).withId("attendee-actions-hint").single();
        assertThat(hint.getText()).isEqualTo("Kies eerst een of meer deelnemers.");
        assertThat(find(Button.class).withId("attendee-remove").single().isEnabled()).isFalse();
        assertThat(find(Button.class).withId("attendee-remove").single().getTooltip().getText())
                .isEqualTo("Kies eerst een of meer deelnemers.");

        test(grid).select(0);
        test(grid).select(1);
        assertThat(hint.getText()).isEqualTo("2 deelnemers gekozen. Kies precies één deelnemer om te wijzigen of te vervangen."
                + " Geen van de gekozen deelnemers wacht op goedkeuring.");
        assertThat(find(Button.class).withId("attendee-edit").single().isEnabled()).as("edit needs one").isFalse();
        test(find(Button.class).withId("attendee-remove").single()).click();
        test(find(ConfirmDialog.class).withId("remove-dialog").single()).confirm();

        var outcome = find(com.vaadin.flow.component.dialog.Dialog.class).withId("bulk-outcome").single();
        assertThat(outcome.getElement().getTextRecursively()).contains("Anna Utrecht is afgemeld.", "Bert Utrecht is afgemeld.");
        assertThat(SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> attendees.count(session, new AttendeeFilter(null, java.util.Set.of(RegistrationStatus.CANCELLED)))))
                .isEqualTo(2);
    }

    @Test
    void the_chosen_columns_are_remembered_for_the_account_not_the_browser() {
        SignInAs.role(Role.ORGANISER);
        var email = TestAccounts.uniqueEmail("griffie.kolommen");
        var account = accounts.create(email, "Kim Kolom", Role.GRIFFIE, java.util.Set.of("UT")).account();
        SignInAs.user(new nl.weerbaarbestuur.ontour.security.SignedInUser(account.getId(), email, "Kim Kolom", Role.GRIFFIE,
                java.util.Set.of("UT"), "", true));

        var grid = open();
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("name", "function", "fractie", "province", "status", "attendance");
        new com.vaadin.flow.component.menubar.MenuBarTester<>(find(com.vaadin.flow.component.menubar.MenuBar.class).withId("column-chooser").single())
                .clickItem("Kolommen", "E-mail");
        new com.vaadin.flow.component.menubar.MenuBarTester<>(find(com.vaadin.flow.component.menubar.MenuBar.class).withId("column-chooser").single())
                .clickItem("Kolommen", "Functie");

        UI.getCurrent().navigate("griffie");
        grid = open();
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("name", "email", "fractie", "province", "status", "attendance");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_answers_in_the_calendar_show_beside_the_status() {
        var answers = context.getBean(nl.weerbaarbestuur.ontour.registration.CalendarAnswers.class);
        var byName = new java.util.HashMap<String, Long>();
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(session, AttendeeFilter.all()))
                .forEach(a -> byName.put(a.fullName(), a.registrationId()));
        answers.record(byName.get("Anna Utrecht"), nl.weerbaarbestuur.ontour.shared.CalendarAnswer.ACCEPTED);
        answers.record(byName.get("Bert Utrecht"), nl.weerbaarbestuur.ontour.shared.CalendarAnswer.TENTATIVE);

        var grid = open();

        var shown = new java.util.ArrayList<String>();
        for (int i = 0; i < test(grid).size(); i++) {
            shown.add(test(grid).getRow(i).fullName() + ": " + test(grid).getCellComponent(i, "status").getElement().getTextRecursively());
        }
        assertThat(shown).contains("Anna Utrecht: bevestigdAgenda: geaccepteerd", "Bert Utrecht: bevestigdAgenda: onder voorbehoud",
                "Cees Utrecht: bevestigd");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "FR")
    void an_empty_list_says_geen_aanmeldingen_once() {
        var grid = open();

        assertThat(grid.getEmptyStateText()).isEqualTo("Geen aanmeldingen die u mag zien.");
        // find() sees visible components only.
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("attendee-count").all()).as("the count beside the filters")
                .isEmpty();
        assertThat(find(Div.class).withId("attendee-status-counts").all()).as("the counts per status").isEmpty();
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void a_search_without_result_says_so_in_the_list_only() {
        var grid = open();
        assertThat(find(Div.class).withId("attendee-status-counts").all()).hasSize(1);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("attendee-count").single().getText())
                .isEqualTo("4 aanmeldingen");

        find(TextField.class).withId("attendee-search").single().setValue("niemand-heet-zo");

        assertThat(names(grid)).isEmpty();
        assertThat(grid.getEmptyStateText()).isEqualTo("Geen aanmeldingen die bij uw zoekopdracht of filter passen.");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("attendee-count").all()).isEmpty();
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void a_hybrid_sessions_seats_say_how_many_come_on_location_and_online() {
        var hybrid = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var start = clock.instant().plus(Duration.ofDays(12));
            var created = sessions.create(new nl.weerbaarbestuur.ontour.planning.SessionPlan(fixture.tourId(), "UT",
                    PlanningFixture.uniqueTitle("Hybride"), null, null, start, start.plus(Duration.ofHours(2)),
                    venues.optionsFor("UT").getFirst().getId(), nl.weerbaarbestuur.ontour.planning.SessionFormat.HYBRID,
                    "https://meet.example.nl/hybride", 10, nl.weerbaarbestuur.ontour.planning.Audience.BOTH,
                    java.util.Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
        for (var mode : java.util.List.of(AttendanceMode.IN_PERSON, AttendanceMode.IN_PERSON, AttendanceMode.ONLINE)) {
            var receipt = registrations.request(hybrid, new ParticipantDetails("Hybride " + mode, TestAccounts.uniqueEmail("hybride"),
                    ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl", mode), true);
            registrations.confirm(receipt.confirmationToken());
        }
        administration.registerOnBehalf(hybrid, new ParticipantDetails("Door de griffie", TestAccounts.uniqueEmail("griffie"),
                ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"));

        UI.getCurrent().navigate("griffie/sessie/" + hybrid);

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("attendees-session").single().getText())
                .contains("4 van 10 plaatsen bezet (2 op locatie · 1 online · 1 niet gekozen), 0 op de wachtlijst");
    }
}
