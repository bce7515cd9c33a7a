package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * "Datums voor de tour" for a griffie: pick dates and a week, paste a list or upload one or a calendar
 * export (bad lines named, nothing lost), save.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class DatesViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired TourDates tourDates;

    private long tourId;
    private LocalDate first;

    @BeforeEach
    void aTour() {
        clock.set(FixedClockConfiguration.NOW);
        var fixture = new PlanningFixture(context);
        fixture.draftSession("UT", PlanningFixture.uniqueTitle("Los"), Duration.ofDays(30));
        tourId = fixture.tourId();
        first = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> tourDates.form(tourId, "UT")).firstDay();
    }

    private void open(String province) {
        UI.getCurrent().navigate("tourplanning/datums", QueryParameters.simple(Map.of("tour", String.valueOf(tourId),
                "provincie", province)));
    }

    private TourDates.Form stored(String province) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> tourDates.form(tourId, province));
    }

    @SuppressWarnings("unchecked")
    private Grid<Map.Entry<LocalDate, String>> grid() {
        return find(Grid.class).withId("dates-grid").single();
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    @SuppressWarnings("unchecked")
    void a_griffie_adds_a_date_and_a_week_with_reasons_chooses_a_preference_and_saves() {
        open("UT");
        assertThat(find(H2.class).withId("dates-heading").single().getText()).isEqualTo("Datums voor de tour in Utrecht");
        assertThat(find(Paragraph.class).withId("dates-status").single().getElement().getAttribute("data-answered")).isEqualTo("false");
        assertThat(find(Select.class).withId("dates-province").exists()).as("one province: nothing to pick").isFalse();

        var picker = find(DatePicker.class).withId("dates-pick").single();
        var reason = (ComboBox<String>) find(ComboBox.class).withId("dates-reason").single();
        var statenvergadering = first.plusDays(40);
        test(picker).setValue(statenvergadering);
        test(reason).selectItem("Statenvergadering");
        click("dates-add");
        var recess = first.plusDays(70);
        test(picker).setValue(recess);
        test(reason).selectItem("Reces");
        click("dates-add-week");
        assertThat(test(grid()).size()).isEqualTo(8);
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).withId("dates-part-of-day").single()).selectItem("Avond");
        test((CheckboxGroup<DayOfWeek>) find(CheckboxGroup.class).withId("dates-weekdays").single()).selectItems("dinsdag", "donderdag");
        click("dates-save");

        var saved = stored("UT");
        assertThat(saved.answered()).isTrue();
        assertThat(saved.dates()).hasSize(8).contains(new TourDates.UnsuitableDate(statenvergadering, "Statenvergadering"),
                new TourDates.UnsuitableDate(recess.with(DayOfWeek.MONDAY), "Reces"));
        assertThat(saved.partOfDay()).isEqualTo(PartOfDay.EVENING);
        assertThat(saved.weekdays()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(find(Paragraph.class).withId("dates-status").single().getElement().getAttribute("data-answered")).isEqualTo("true");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "ZE")
    void saving_without_dates_says_every_date_suits() {
        open("ZE");

        click("dates-save");

        assertThat(stored("ZE").answered()).isTrue();
        assertThat(stored("ZE").dates()).isEmpty();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_date_outside_the_tour_is_not_added_and_the_picker_says_why() {
        open("UT");
        var picker = find(DatePicker.class).withId("dates-pick").single();

        picker.setValue(first.minusDays(1));
        click("dates-add");

        assertThat(test(grid()).size()).isZero();
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).contains("valt buiten de tour");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_pasted_list_with_a_bad_line_names_it_adds_nothing_and_keeps_the_text() {
        open("UT");
        test(find(Details.class).withId("dates-list-details").single()).openDetails();
        var text = find(TextArea.class).withId("dates-list").single();
        var typed = first.plusDays(3) + "; Statenvergadering\n31-2-2027; typfout\n";

        test(text).setValue(typed);
        click("dates-read");

        var report = find(Div.class).withId("dates-report").single().getElement().getTextRecursively();
        assertThat(report).contains("Regel 2:", "\"31-2-2027\" is geen datum");
        assertThat(text.getValue()).isEqualTo(typed);
        assertThat(test(grid()).size()).isZero();

        test(text).setValue(first.plusDays(3) + "; Statenvergadering\n28-2-2027; Commissiedag\n");
        click("dates-read");

        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(text.getValue()).isEmpty();
    }

    private Upload upload() {
        return find(Upload.class).withId("dates-upload").single();
    }

    private String report() {
        return find(Div.class).withId("dates-report").single().getElement().getTextRecursively();
    }

    private static byte[] ics(String... events) {
        var out = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Provincie Utrecht//Statenagenda//NL\r\n");
        for (var event : events) {
            out.append("BEGIN:VEVENT\r\n").append(event.replace("\n", "\r\n")).append("\r\nEND:VEVENT\r\n");
        }
        return out.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    @SuppressWarnings("unchecked")
    void a_calendar_export_adds_its_days_with_their_titles_and_keeps_what_was_entered() {
        open("UT");
        test(find(Details.class).withId("dates-list-details").single()).openDetails();
        var committee = LocalDate.of(2027, 3, 10);
        test(find(DatePicker.class).withId("dates-pick").single()).setValue(committee);
        test((ComboBox<String>) find(ComboBox.class).withId("dates-reason").single()).selectItem("Commissiedag");
        click("dates-add");
        var text = find(TextArea.class).withId("dates-list").single();
        test(text).setValue("17-3-2027; half getypt");
        assertThat(upload().getI18n().getAddFiles().getOne()).isEqualTo("Kies bestand");

        test(upload()).upload("statenagenda.ics", "text/calendar", ics(
                "UID:1\nDTSTAMP:20270101T000000Z\nDTSTART;TZID=Europe/Amsterdam:20270310T140000\nDTEND;TZID=Europe/Amsterdam:20270310T170000\nSUMMARY:Statenvergadering",
                "UID:2\nDTSTAMP:20270101T000000Z\nDTSTART;VALUE=DATE:20270405\nDTEND;VALUE=DATE:20270407\nSUMMARY:Reces\u0007 Provinciale Staten",
                "UID:3\nDTSTAMP:20270101T000000Z\nDTSTART;VALUE=DATE:20300105\nSUMMARY:Na de tour"));
        roundTrip();

        var listed = new java.util.LinkedHashMap<LocalDate, String>();
        for (int i = 0; i < test(grid()).size(); i++) {
            listed.put(test(grid()).getRow(i).getKey(), test(grid()).getRow(i).getValue());
        }
        assertThat(listed).containsExactly(Map.entry(committee, "Commissiedag"),
                Map.entry(LocalDate.of(2027, 4, 5), "Reces Provinciale Staten"),
                Map.entry(LocalDate.of(2027, 4, 6), "Reces Provinciale Staten"));
        assertThat(text.getValue()).as("what was typed in the text box stays").isEqualTo("17-3-2027; half getypt");
        assertThat(report()).contains("2 datums uit statenagenda.ics toegevoegd", "1 dag viel buiten de tour");

        click("dates-save");

        assertThat(stored("UT").dates()).contains(new TourDates.UnsuitableDate(LocalDate.of(2027, 4, 5), "Reces Provinciale Staten"));
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_bad_file_names_its_line_adds_nothing_and_keeps_what_was_entered() {
        open("UT");
        test(find(Details.class).withId("dates-list-details").single()).openDetails();
        var text = find(TextArea.class).withId("dates-list").single();
        test(text).setValue("17-3-2027; half getypt");

        test(upload()).upload("datums.csv", "text/csv", "10-3-2027;Statenvergadering\nvolgende week;reces\n"
                .getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(report()).contains("datums.csv is niet overgenomen", "Regel 2:", "\"volgende week\" is geen datum");
        assertThat(test(grid()).size()).isZero();
        assertThat(text.getValue()).isEqualTo("17-3-2027; half getypt");

        test(upload()).upload("agenda.ics", "text/calendar", ics("UID:1\nDTSTAMP:20270101T000000Z\nSUMMARY:Geen datum"));
        roundTrip();

        assertThat(report()).contains("agenda.ics is niet overgenomen", "Regel 4:", "De afspraak \"Geen datum\" heeft geen begindatum");

        // A spreadsheet saved with the wrong name: the browser lets it through, the server reads it as what it is.
        test(upload()).upload("werkblad.csv", "text/csv", new byte[]{'P', 'K', 3, 4, 0, 0});
        roundTrip();

        assertThat(report()).contains("Dit is geen tekstbestand");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "FR")
    void a_griffie_asking_for_another_province_sees_its_own() {
        open("UT");

        assertThat(find(H2.class).withId("dates-heading").single().getText()).isEqualTo("Datums voor de tour in Fryslân");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_opens_a_province_from_the_overview_and_may_pick_another() {
        UI.getCurrent().navigate("tourplanning/wensen/provincie", QueryParameters.simple(Map.of("tour", String.valueOf(tourId),
                "provincie", "GE")));

        assertThat(find(H2.class).withId("dates-heading").single().getText()).isEqualTo("Datums voor de tour in Gelderland");
        assertThat(find(Select.class).withId("dates-province").single().isVisible()).isTrue();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void the_organisers_route_is_closed_to_a_griffie() {
        UI.getCurrent().navigate("tourplanning/wensen/provincie");

        assertThat(getCurrentView()).isNotInstanceOf(OrganiserDatesView.class);
    }
}
