package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.TourService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The tour dialog sets the tour's retention period (30-730 days) and says in Dutch when it is out of range. */
@SpringBootTest
class TourRetentionFieldTest extends PlanningUiTestSupport {

    @Autowired TourService tourService;

    @Test
    void an_organiser_sets_the_retention_period_of_a_new_tour_and_an_out_of_range_value_is_refused_in_dutch() {
        UI.getCurrent().navigate("beheer/tours");
        test(find(Button.class).withId("new-tour").single()).click();
        var name = "Bewaartour " + UUID.randomUUID();
        test(find(TextField.class).withId("tour-name").single()).setValue(name);
        test(find(EmailField.class).withId("tour-email").single()).setValue("tour@test.ontour.nl");
        find(DatePicker.class).withId("tour-starts-on").single().setValue(LocalDate.of(2027, 1, 1));
        find(DatePicker.class).withId("tour-ends-on").single().setValue(LocalDate.of(2027, 12, 31));
        var retention = find(IntegerField.class).withId("tour-retention-days").single();
        assertThat(retention.getValue()).isEqualTo(90);

        retention.setValue(20);
        test(find(Button.class).withId("tour-save").single()).click();
        assertThat(retention.isInvalid()).isTrue();
        assertThat(retention.getErrorMessage()).isEqualTo("Geef een bewaartermijn van 30 tot 730 dagen.");
        assertThat(tourService.all()).noneMatch(t -> t.getName().equals(name));

        retention.setValue(180);
        test(find(Button.class).withId("tour-save").single()).click();
        assertThat(tourService.all()).filteredOn(t -> t.getName().equals(name)).singleElement()
                .satisfies(t -> assertThat(t.getRetentionDays()).isEqualTo(180));
    }
}
