package nl.weerbaarbestuur.ontour.registration;

/** What a griffie or organiser may correct in a registration from the attendee list; validated by the service. */
public record AttendeeChanges(ParticipantFunction function, String fractie, String accessibilityNeeds,
                              String dietaryNeeds, String remarks) {

    public static AttendeeChanges of(Attendee line) {
        return new AttendeeChanges(line.function(), line.fractie(), line.accessibilityNeeds(), line.dietaryNeeds(),
                line.remarks());
    }
}
