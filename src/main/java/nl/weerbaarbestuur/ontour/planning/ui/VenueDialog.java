package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.planning.Venue;
import nl.weerbaarbestuur.ontour.planning.VenueService.VenueInput;
import nl.weerbaarbestuur.ontour.province.Province;

/** Create or edit a venue in one province: address, room, accessibility notes and optional coordinates. */
class VenueDialog extends EditDialog<VenueInput> {

    private final Province province;
    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final TextField room = new TextField();
    private final TextArea accessibility = new TextArea();
    private final BigDecimalField latitude = new BigDecimalField();
    private final BigDecimalField longitude = new BigDecimalField();

    /**
     * For the provinciehuis ({@code provinciehuis} true) the name and address are the province's:
     * they are corrected under Provincies, so that the venue stays recognisable as the default.
     */
    VenueDialog(Province province, Venue existing, boolean provinciehuis, Consumer<VenueInput> onSave) {
        super("", "venue", onSave);
        this.province = province;
        setHeaderTitle(getTranslation(existing == null ? "venues.dialog.new" : "venues.dialog.edit", province.getName()));
        label(name, "venues.name", "venue-name", 160, true);
        label(street, "venues.street", "venue-street", 120, true);
        label(postcode, "venues.postcode", "venue-postcode", 10, true);
        label(city, "venues.city", "venue-city", 60, true);
        label(room, "venues.room", "venue-room", 120, false);
        accessibility.setLabel(getTranslation("venues.accessibility"));
        accessibility.setId("venue-accessibility");
        accessibility.setMaxLength(2000);
        accessibility.setHelperText(getTranslation("venues.accessibility.help"));
        latitude.setLabel(getTranslation("venues.latitude"));
        latitude.setId("venue-latitude");
        latitude.setHelperText(getTranslation("venues.coordinates.help"));
        longitude.setLabel(getTranslation("venues.longitude"));
        longitude.setId("venue-longitude");
        errors.bind("name", name).bind("street", street).bind("postcode", postcode).bind("city", city)
                .bind("room", room).bind("accessibilityNotes", accessibility)
                .bind("latitude", latitude).bind("longitude", longitude);
        if (existing != null) {
            name.setValue(existing.getName());
            street.setValue(existing.getStreet());
            postcode.setValue(existing.getPostcode());
            city.setValue(existing.getCity());
            room.setValue(existing.getRoom() == null ? "" : existing.getRoom());
            accessibility.setValue(existing.getAccessibilityNotes() == null ? "" : existing.getAccessibilityNotes());
            latitude.setValue(existing.getLatitude());
            longitude.setValue(existing.getLongitude());
        } else {
            city.setValue(province.getCapital());
        }
        if (provinciehuis) {
            for (var field : new TextField[]{name, street, postcode, city}) {
                field.setReadOnly(true);
            }
            name.setHelperText(getTranslation("venues.provinciehuis.help"));
        }
        form.add(name, room, street, postcode, city, latitude, longitude, accessibility);
        form.setColspan(name, 2);
        form.setColspan(accessibility, 2);
    }

    private void label(TextField field, String key, String id, int maxLength, boolean required) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
    }

    @Override
    protected VenueInput input() {
        return new VenueInput(province.getCode(), name.getValue(), street.getValue(), postcode.getValue(), city.getValue(),
                room.getValue(), accessibility.getValue(), latitude.getValue(), longitude.getValue());
    }
}
