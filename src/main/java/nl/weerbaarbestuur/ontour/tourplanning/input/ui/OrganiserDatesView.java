package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;

/**
 * A province's dates as the organiser sees them, opened from the overview of wishes: to read them,
 * or to enter them for a griffie that phoned or mailed them. Not in the menu (the overview is).
 */
@Route("tourplanning/wensen/provincie")
@RolesAllowed(Role.Names.ORGANISER)
class OrganiserDatesView extends DatesPage {

    static final String PATH = "tourplanning/wensen/provincie";

    OrganiserDatesView(TourDates service, TourService tours, ProvinceService provinces, CurrentUser currentUser, Clock clock) {
        super(service, tours, provinces, currentUser, clock, PATH);
    }
}
