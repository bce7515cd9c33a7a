package nl.weerbaarbestuur.ontour.planning;

public enum SessionFormat {
    IN_PERSON, ONLINE, HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean hasMeetingLink() {
        return this != IN_PERSON;
    }
}
