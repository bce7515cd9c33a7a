package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SessionEditorViewTest extends PlanningUiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private SessionEditorView openNew(Tour tour, String province, LocalDate date) {
        return open(SessionEditorView.class, RouteParameters.empty(), QueryParameters.simple(Map.of(
                "tour", tour.getId().toString(), "provincie", province, "datum", date.toString())));
    }

    /** A venue no earlier run has booked (the provinciehuis may be: a MariaDB test database outlives the run). */
    private nl.weerbaarbestuur.ontour.planning.Venue ownVenue(String province, String city) {
        return venues.create(new VenueService.VenueInput(province, unique("Zaal"), "Teststraat 1", "1234 AB", city, null, null,
                null, null));
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    @Test
    void every_field_the_service_requires_is_marked_and_the_dutch_time_hint_sits_under_the_start_time() {
        openNew(newTour(), "UT", LocalDate.of(2027, 3, 9));

        for (var id : java.util.List.of("session-tour", "session-province", "session-title", "session-date", "session-start",
                "session-end", "session-format", "session-venue", "session-capacity", "session-audience")) {
            var field = (com.vaadin.flow.component.HasValue<?, ?>) find(com.vaadin.flow.component.Component.class)
                    .withId(id).single();
            assertThat(field.isRequiredIndicatorVisible()).as(id).isTrue();
        }
        assertThat(find(DatePicker.class).withId("session-date").single().getHelperText()).isNull();
        assertThat(find(com.vaadin.flow.component.timepicker.TimePicker.class).withId("session-start").single().getHelperText())
                .contains("Nederlandse tijd");
    }

    @Test
    void the_trainer_picker_announces_its_choices_in_dutch() {
        openNew(newTour(), "UT", LocalDate.of(2027, 3, 9));
        var chooser = find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withId("session-trainers").single();

        var i18n = chooser.getI18n();
        assertThat(i18n.getSelected()).isEqualTo("toegevoegd aan de keuze");
        assertThat(i18n.getDeselected()).isEqualTo("verwijderd uit de keuze");
        assertThat(i18n.getTotal()).isEqualTo("{count} gekozen");
    }

    @Test
    void the_organiser_lets_the_trainers_see_names_from_the_editor() {
        var created = sessions.create(plan(newTour(), "UT", unique("Met namen"), LocalDate.of(2027, 3, 23), Set.of()));
        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());
        var permission = find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("trainer-names").single();
        assertThat(permission.getValue()).isFalse();

        test(permission).click();

        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("trainer-names").single().getValue()).isTrue();
    }

    @Test
    void a_new_session_has_no_trainer_name_switch_yet() {
        openNew(newTour(), "UT", LocalDate.of(2027, 3, 9));
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("trainer-names").all())
                .noneMatch(com.vaadin.flow.component.Component::isVisible);
    }

    @Test
    void an_empty_title_and_zero_seats_are_refused_with_dutch_messages_and_nothing_is_saved() {
        var tour = newTour();
        openNew(tour, "UT", LocalDate.of(2027, 3, 9));
        var title = find(TextField.class).withId("session-title").single();
        var capacity = find(IntegerField.class).withId("session-capacity").single();
        test(title).setValue("");
        // Typed into the field as a user would; the field's own min (1) is only a hint, the service decides.
        capacity.setValue(0);

        click("session-save");

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("Het aantal plaatsen moet tussen 1 en 1.000 liggen.");
        assertThat(find(Select.class).withId("session-province").single().isInvalid()).isFalse();
        assertThat(sessionsOf(tour)).isEmpty();
    }

    /**
     * At a venue of its own: the provinciehuis at that hour is already taken by the session an
     * earlier run of this test saved (a MariaDB test database outlives the run), and its "venue in
     * use" warning would stand beside the holiday's.
     */
    @Test
    void kings_day_2027_raises_the_public_holiday_warning_and_saves_after_toch_opslaan() {
        var tour = newTour();
        var venue = ownVenue("FR", "Leeuwarden");
        openNew(tour, "FR", LocalDate.of(2027, 4, 27));
        test(find(TextField.class).withId("session-title").single()).setValue(unique("Koningsdagsessie"));
        test(find(Select.class).withId("session-venue").single()).selectItem(venue.getName() + " – " + venue.address());

        click("session-save");

        var warnings = find(UnorderedList.class).withId("planning-warnings").single();
        assertThat(find(ListItem.class, warnings).all()).extracting(ListItem::getText)
                .containsExactly("Deze datum valt op een feestdag: Koningsdag.");
        assertThat(sessionsOf(tour)).as("nothing is saved before the organiser accepts").isEmpty();

        click("save-anyway");

        assertThat(sessionsOf(tour)).singleElement().satisfies(s -> {
            assertThat(s.provinceCode()).isEqualTo("FR");
            assertThat(s.place().name()).isEqualTo(venue.getName());
            assertThat(DutchTimeAssert.localStart(s)).isEqualTo("2027-04-27T19:00");
        });
        assertThat(getCurrentView()).isInstanceOf(SessionEditorView.class);
    }

    @Test
    void a_trainer_booked_elsewhere_at_the_same_time_raises_the_double_booking_warning() {
        var tour = newTour();
        var trainer = trainers.create("Dubbel Geboekt", unique("dubbel").replace(" ", "") + "@test.ontour.nl", null);
        var date = LocalDate.of(2027, 5, 18);
        sessions.create(plan(tour, "GE", unique("Eerste sessie"), date, Set.of(trainer.getId())));
        openNew(tour, "UT", date);
        test(find(TextField.class).withId("session-title").single()).setValue(unique("Tweede sessie"));
        var chooser = find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).withId("session-trainers").single();
        test(chooser).selectItem("Dubbel Geboekt");

        click("session-save");

        var warnings = find(UnorderedList.class).withId("planning-warnings").single();
        assertThat(find(ListItem.class, warnings).all()).extracting(ListItem::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Trainer Dubbel Geboekt is op dat moment al ingepland bij 'Eerste sessie"));

        click("warnings-back");

        assertThat(sessionsOf(tour)).as("going back saves nothing").hasSize(1);
    }

    @Test
    void a_save_over_a_colleagues_change_is_refused_with_the_concurrency_message_and_reloads() {
        var tour = newTour();
        // At a venue of its own: at the provinciehuis, the session an earlier run left there (a MariaDB
        // test database outlives the run) would raise a venue warning before the version is checked.
        var plan = plan(tour, "OV", unique("Gelijktijdig"), LocalDate.of(2027, 3, 16), Set.of());
        var created = sessions.create(plan.at("OV", plan.startsAt(), plan.endsAt(), ownVenue("OV", "Zwolle").getId()));
        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());
        var capacity = find(IntegerField.class).withId("session-capacity").single();
        test(capacity).setValue(45);

        // A colleague saves first.
        var colleagues = sessions.planOf(created.getId());
        var theirTitle = unique("Door collega gewijzigd");
        sessions.update(created.getId(), created.getVersion(), new nl.weerbaarbestuur.ontour.planning.SessionPlan(
                colleagues.tourId(), colleagues.provinceCode(), theirTitle, colleagues.topic(), colleagues.description(),
                colleagues.startsAt(), colleagues.endsAt(), colleagues.venueId(), colleagues.format(), colleagues.meetingUrl(),
                colleagues.capacity(), colleagues.audience(), colleagues.trainerIds(), colleagues.registrationOpensAt(),
                colleagues.registrationClosesAt(), colleagues.griffieApprovalRequired()));

        click("session-save");

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).startsWith("Iemand anders heeft deze sessie intussen gewijzigd."));
        assertThat(sessions.get(created.getId()).getCapacity()).as("nothing overwritten").isEqualTo(30);
        assertThat(find(TextField.class).withId("session-title").single().getValue()).isEqualTo(theirTitle);
        assertThat(find(IntegerField.class).withId("session-capacity").single().getValue()).isEqualTo(30);
    }

    @Test
    void the_history_shows_who_changed_what() {
        var tour = newTour();
        var created = sessions.create(plan(tour, "ZH", unique("Met geschiedenis"), LocalDate.of(2027, 3, 23), Set.of()));
        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());

        click("session-publish");
        click("publish-confirm");

        var history = find(com.vaadin.flow.component.html.OrderedList.class).withClassName("ot-history-list").single();
        assertThat(find(ListItem.class, history).all()).extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains(ORGANISER).contains("Gepubliceerd"))
                .anySatisfy(text -> assertThat(text).contains(ORGANISER).contains("Aangemaakt"));
    }

    @Test
    void publishing_shows_the_public_page_and_who_is_told_and_then_the_link_with_a_qr_code() {
        var tour = newTour();
        var trainer = trainers.create("Petra Publiek", unique("petra").replace(" ", "") + "@test.ontour.nl", null);
        var title = unique("Te publiceren");
        var created = sessions.create(plan(tour, "UT", title, LocalDate.of(2027, 4, 13), Set.of(trainer.getId())));
        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("public-link-panel").exists())
                .as("a draft has no public link yet").isFalse();

        click("session-publish");

        var preview = find(com.vaadin.flow.component.html.Div.class).withId("publish-preview").single().getElement()
                .getTextRecursively();
        assertThat(preview).contains(title).contains("di 13 apr 2027").contains("30 plaatsen");
        assertThat(find(UnorderedList.class).withId("publish-told").single().getElement().getTextRecursively())
                .contains("agenda-uitnodiging per e-mail: Petra Publiek").contains("agenda-links van Utrecht");
        click("publish-cancel");
        assertThat(sessions.get(created.getId()).getStatus()).as("cancelling publishes nothing")
                .isEqualTo(nl.weerbaarbestuur.ontour.planning.SessionStatus.DRAFT);

        click("session-publish");
        click("publish-confirm");

        assertThat(sessions.get(created.getId()).getStatus()).isEqualTo(nl.weerbaarbestuur.ontour.planning.SessionStatus.PUBLISHED);
        var link = find(TextField.class).withId("public-link").single().getValue();
        assertThat(link).endsWith("/sessies/" + created.getId());
        var qr = find(com.vaadin.flow.component.html.Image.class).withId("public-link-qr").single();
        assertThat(qr.getAlt()).contains("QR-code naar " + link);
        assertThat(find(Button.class).withId("public-link-copy").exists()).isTrue();
    }

    @Test
    void the_copy_dialog_creates_a_draft_in_another_province_and_opens_it() {
        var tour = newTour();
        var created = sessions.create(plan(tour, "DR", unique("Te kopiëren"), LocalDate.of(2027, 3, 30), Set.of()));
        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());

        click("session-copy");
        test(find(Select.class).withId("copy-province").single()).selectItem("Groningen");
        test(find(DatePicker.class).withId("copy-date").single()).setValue(LocalDate.of(2027, 4, 6));
        click("copy-confirm");

        assertThat(sessionsOf(tour)).hasSize(2).anySatisfy(s -> {
            assertThat(s.provinceCode()).isEqualTo("GR");
            assertThat(DutchTimeAssert.localStart(s)).isEqualTo("2027-04-06T19:00");
        });
        assertThat(find(Select.class).withId("session-province").single().getValue())
                .extracting(p -> ((nl.weerbaarbestuur.ontour.province.Province) p).getCode()).isEqualTo("GR");
    }

    @Test
    void a_trainers_decline_in_the_calendar_shows_as_a_warning_and_the_trainer_stays() {
        var trainer = trainers.create("Tineke Twijfel", unique("tineke").replace(' ', '-') + "@trainers.example.nl", null);
        var created = sessions.create(plan(newTour(), "UT", unique("Afgewezen"), LocalDate.of(2027, 3, 30), Set.of(trainer.getId())));
        sessions.publish(created.getId());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from calendar_trainer_invite where training_session_id = ?", Integer.class, created.getId()) == 1);

        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("trainer-answers").exists())
                .as("nobody answered yet: nothing shown").isFalse();

        jdbc.update("update calendar_trainer_invite set answer = 'DECLINED', answered_at = current_timestamp where training_session_id = ?",
                created.getId());
        open(SessionEditorView.class, new RouteParameters("id", created.getId().toString()), QueryParameters.empty());

        var panel = find(com.vaadin.flow.component.html.Div.class).withId("trainer-answers").single();
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.getElement().getTextRecursively()).contains("Trainer Tineke Twijfel heeft de uitnodiging afgewezen")
                .contains("Tineke Twijfel: Agenda: afgewezen");
        assertThat(planning.trainers(created.getId())).extracting(nl.weerbaarbestuur.ontour.planning.SessionTrainer::id)
                .containsExactly(trainer.getId());
    }
}
