package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.province.Province;

/** Corrects a province's provinciehuis (the default venue) and its number of PS seats. */
class ProvinceDialog extends EditDialog<ProvinceDialog.Input> {

    record Input(String venueName, String venueStreet, String venuePostcode, String venueCity, Integer psSeats) {
    }

    private final TextField venueName = new TextField();
    private final TextField venueStreet = new TextField();
    private final TextField venuePostcode = new TextField();
    private final TextField venueCity = new TextField();
    private final IntegerField psSeats = new IntegerField();

    ProvinceDialog(Province province, Consumer<Input> onSave) {
        super("", "province", onSave);
        setHeaderTitle(getTranslation("provinces.dialog", province.getName()));
        text(venueName, "provinces.venue-name", "province-venue-name", 120, province.getVenueName());
        text(venueStreet, "provinces.street", "province-venue-street", 120, province.getVenueStreet());
        text(venuePostcode, "provinces.postcode", "province-venue-postcode", 10, province.getVenuePostcode());
        text(venueCity, "provinces.city", "province-venue-city", 60, province.getVenueCity());
        psSeats.setLabel(getTranslation("provinces.seats"));
        psSeats.setId("province-seats");
        psSeats.setMin(1);
        psSeats.setMax(200);
        psSeats.setStepButtonsVisible(true);
        psSeats.setValue(province.getPsSeats());
        errors.bind("venueName", venueName).bind("venueStreet", venueStreet).bind("venuePostcode", venuePostcode)
                .bind("venueCity", venueCity).bind("psSeats", psSeats);
        form.add(venueName, venueStreet, venuePostcode, venueCity, psSeats);
        form.setColspan(venueName, 2);
        form.setColspan(venueStreet, 2);
    }

    private void text(TextField field, String key, String id, int maxLength, String value) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setValue(value);
    }

    @Override
    protected Input input() {
        return new Input(venueName.getValue(), venueStreet.getValue(), venuePostcode.getValue(), venueCity.getValue(),
                psSeats.getValue());
    }
}
