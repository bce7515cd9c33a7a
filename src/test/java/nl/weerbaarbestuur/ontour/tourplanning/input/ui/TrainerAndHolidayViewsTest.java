package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.nio.charset.StandardCharsets;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;
import java.time.LocalDate;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolHolidayList;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolHolidays;
import nl.weerbaarbestuur.ontour.tourplanning.TrainerDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The organisers' pages for trainers' availability and for the school holidays (typed, uploaded) and school regions. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class TrainerAndHolidayViewsTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired TrainerDates trainerDates;
    @Autowired SchoolHolidays holidays;

    @BeforeEach
    void now() {
        clock.set(FixedClockConfiguration.NOW);
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    @SuppressWarnings("unchecked")
    void an_organiser_marks_a_week_off_and_a_weekly_maximum_for_a_trainer() {
        var name = PlanningFixture.uniqueTitle("Trainer");
        long id = new PlanningFixture(context).trainer(name, name.replace(' ', '.').toLowerCase() + "@test.ontour.nl").getId();
        navigate(TrainerAvailabilityView.class);

        var grid = test((Grid<TrainerDates.Availability>) find(Grid.class).withId("availability-grid").single());
        int row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).trainerId() == id).findFirst().orElseThrow();
        test((Button) grid.getCellComponent(row, 3)).click();
        var week = LocalDate.of(2027, 5, 12);
        test(find(DatePicker.class).withId("availability-pick").single()).setValue(week);
        click("availability-add-week");
        test(find(IntegerField.class).withId("availability-max").single()).setValue(2);
        click("availability-save");

        var saved = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> trainerDates.of(id));
        assertThat(saved.unavailableDates()).hasSize(7).contains(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 16));
        assertThat(saved.maxPerWeek()).isEqualTo(2);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    @SuppressWarnings("unchecked")
    void a_school_year_is_pasted_checked_and_saved_and_a_bad_line_keeps_the_text() {
        navigate(SchoolHolidayView.class);
        var year = (Select<Integer>) find(Select.class).withId("holidays-year").single();
        test(year).selectItem(SchoolHolidayList.label(2029));
        var text = find(TextArea.class).withId("holidays-text").single();
        var typed = "Noord;Herfstvakantie;13-10-2029;21-10-2029\nOost;Kerstvakantie;22-12-2029;6-1-2030";

        test(text).setValue(typed);
        click("holidays-save");

        assertThat(find(Div.class).withId("holidays-report").single().getElement().getTextRecursively())
                .contains("Niet opgeslagen", "Regel 2:", "\"Oost\" is geen regio");
        assertThat(text.getValue()).isEqualTo(typed);

        test(text).setValue("Noord;Herfstvakantie;13-10-2029;21-10-2029\nHeel Nederland;Kerstvakantie;22-12-2029;6-1-2030");
        click("holidays-save");

        assertThat(test((Grid<SchoolHolidayList.Entry>) find(Grid.class).withId("holidays-grid").single()).size()).isEqualTo(4);
        assertThat(SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> holidays.ofYear(2029))).hasSize(4);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    @SuppressWarnings("unchecked")
    void an_uploaded_list_adds_its_new_holidays_to_the_text_box_and_a_bad_one_names_its_line_and_changes_nothing() {
        navigate(SchoolHolidayView.class);
        test((Select<Integer>) find(Select.class).withId("holidays-year").single()).selectItem(SchoolHolidayList.label(2028));
        var text = find(TextArea.class).withId("holidays-text").single();
        var typed = "Noord;Herfstvakantie;14-10-2028;22-10-2028";
        test(text).setValue(typed);
        var upload = find(Upload.class).withId("holidays-upload").single();
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("of sleep het hierheen");

        test(upload).upload("vakanties.csv", "text/csv", ("Noord;Herfstvakantie;14-10-2028;22-10-2028\r\n"
                + "Zuid;Kerstvakantie;23-12-2028;7-1-2029\r\n").getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(text.getValue()).isEqualTo(typed + "\nZuid;Kerstvakantie;23-12-2028;7-1-2029");
        assertThat(report()).contains("1 vakantie uit vakanties.csv toegevoegd aan het tekstvak");

        test(upload).upload("fout.csv", "text/csv", "Midden;Voorjaarsvakantie;17-2-2029;25-2-2029\nOost;Meivakantie;28-4-2029;6-5-2029\n"
                .getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(report()).contains("fout.csv is niet overgenomen", "Regel 2:", "\"Oost\" is geen regio");
        assertThat(text.getValue()).isEqualTo(typed + "\nZuid;Kerstvakantie;23-12-2028;7-1-2029");
        assertThat(SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> holidays.ofYear(2028)))
                .as("an upload saves nothing by itself").noneMatch(h -> h.name().equals("Kerstvakantie") && h.region() == SchoolRegion.ZUID
                        && h.firstDay().equals(java.time.LocalDate.of(2028, 12, 23)) && h.lastDay().equals(java.time.LocalDate.of(2029, 1, 7)));
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    @SuppressWarnings("unchecked")
    void an_organiser_puts_a_province_in_a_second_school_region_and_back() {
        navigate(SchoolHolidayView.class);
        var grid = test((Grid<Province>) find(Grid.class).withId("regions-grid").single());
        int zeeland = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).getCode().equals("ZE"))
                .findFirst().orElseThrow();
        var regions = (CheckboxGroup<SchoolRegion>) grid.getCellComponent(zeeland, 1);
        assertThat(regions.getValue()).containsExactly(SchoolRegion.ZUID);
        try {
            test(regions).selectItems("Midden", "Zuid");

            assertThat(organiser(() -> holidays.regions().get("ZE"))).containsExactlyInAnyOrder(SchoolRegion.MIDDEN, SchoolRegion.ZUID);
            assertThat(organiser(() -> holidays.regionsChosen("ZE"))).isTrue();

            test(regions).deselectItems("Midden", "Zuid");

            assertThat(regions.isInvalid()).as("a province lies in at least one region").isTrue();
            assertThat(regions.getErrorMessage()).isNotBlank();
            assertThat(organiser(() -> holidays.regions().get("ZE"))).containsExactlyInAnyOrder(SchoolRegion.MIDDEN, SchoolRegion.ZUID);
        } finally {
            organiser(() -> {
                holidays.changeRegions("ZE", java.util.EnumSet.of(SchoolRegion.ZUID));
                return null;
            });
        }
        assertThat(organiser(() -> holidays.regionsChosen("ZE"))).as("the default again: no choice stored").isFalse();
    }

    private static <T> T organiser(java.util.function.Supplier<T> call) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), call::get);
    }

    private String report() {
        return find(Div.class).withId("holidays-report").single().getElement().getTextRecursively();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_opens_neither_page() {
        com.vaadin.flow.component.UI.getCurrent().navigate("tourplanning/trainers");
        assertThat(getCurrentView()).isNotInstanceOf(TrainerAvailabilityView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("tourplanning/schoolvakanties");
        assertThat(getCurrentView()).isNotInstanceOf(SchoolHolidayView.class);
    }
}
