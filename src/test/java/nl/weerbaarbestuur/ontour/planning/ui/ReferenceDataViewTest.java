package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ReferenceDataViewTest extends PlanningUiTestSupport {

    @Autowired
    ProvinceService provinces;

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    @Test
    void the_trainer_dialog_shows_the_services_refusals_on_its_fields_and_then_saves() {
        navigate(TrainerAdminView.class);
        click("new-trainer");
        test(find(EmailField.class).withId("trainer-email").single()).setValue("geen-adres");

        click("trainer-save");

        var name = find(TextField.class).withId("trainer-name").single();
        var email = find(EmailField.class).withId("trainer-email").single();
        assertThat(name.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(email.getErrorMessage()).isEqualTo("Vul een geldig e-mailadres in, bijvoorbeeld naam@provincie.nl.");

        var trainerName = unique("Nieuwe Trainer");
        test(name).setValue(trainerName);
        test(email).setValue(unique("nieuw").replace(" ", "") + "@test.ontour.nl");
        click("trainer-save");

        assertThat(trainers.all()).extracting(Trainer::getName).contains(trainerName);
        @SuppressWarnings("unchecked")
        Grid<Trainer> grid = find(Grid.class).withId("trainers").single();
        assertThat(grid.getGenericDataView().getItems()).extracting(Trainer::getName).contains(trainerName);
    }

    @Test
    void a_province_with_zero_seats_is_refused_and_nothing_changes() {
        navigate(ProvinceAdminView.class);
        @SuppressWarnings("unchecked")
        var grid = test((Grid<Province>) find(Grid.class).withId("provinces").single());
        var row = java.util.stream.IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).getCode().equals("ZE"))
                .findFirst().orElseThrow();
        test((Button) grid.getCellComponent(row, 4)).click();
        var seats = find(IntegerField.class).withId("province-seats").single();
        seats.setValue(0);

        click("province-save");

        assertThat(seats.getErrorMessage()).isEqualTo("Het aantal zetels moet tussen 1 en 200 liggen.");
        assertThat(provinces.find("ZE").orElseThrow().getPsSeats()).isEqualTo(39);
    }
}
