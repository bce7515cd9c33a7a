package nl.weerbaarbestuur.ontour.tourplanning;

/** Reads, at the start of a planner run, everything the planner may take into account for one tour. */
public interface PlanningInputs {

    /**
     * @throws nl.weerbaarbestuur.ontour.shared.NotFoundException when the tour does not exist
     */
    PlanningInput forTour(long tourId);
}
