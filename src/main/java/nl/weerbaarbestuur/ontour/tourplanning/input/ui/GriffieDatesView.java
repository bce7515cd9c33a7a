package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;

/** "Datums voor de tour": the griffie says which dates of a tour do not suit its province (the reminder mail links here). */
@Route("tourplanning/datums")
@Menu(order = 4, title = "tourplanning.input.nav.dates", icon = "vaadin:calendar-o")
@RolesAllowed(Role.Names.GRIFFIE)
class GriffieDatesView extends DatesPage {

    static final String PATH = "tourplanning/datums";

    GriffieDatesView(TourDates service, TourService tours, ProvinceService provinces, CurrentUser currentUser, Clock clock) {
        super(service, tours, provinces, currentUser, clock, PATH);
    }
}
