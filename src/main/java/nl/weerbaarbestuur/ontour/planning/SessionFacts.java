package nl.weerbaarbestuur.ontour.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a participant is told about a session: the one read model of a session outside planning.
 * Staff lists, calendars, reminders, mails and exports take what they need from it.
 * <p>
 * It carries the meeting link (null for an in-person session), which only confirmed participants
 * and trainers get: a public page, feed or file shows {@link #publicView()}, which has no link and,
 * for a closed session (besloten), no more of the venue than its town.
 *
 * @param organiserEmail the tour's mailbox: mails about the session come from it
 * @param place          the venue (all fields null without one), also for an online session that has one
 * @param trainerNames   the trainers' names, sorted
 * @param reminderDays   the days before the start on which the tour sends reminders, largest first (the tour's own,
 *                       else the application's default)
 * @param version        rises with every change of the session (a trainer invite's SEQUENCE)
 */
public record SessionFacts(long id, long tourId, String tourName, String organiserEmail, String provinceCode,
                           String title, String topic, String description, Instant startsAt, Instant endsAt,
                           SessionStatus status, SessionFormat format, Audience audience, int capacity, Place place,
                           String meetingUrl, boolean closed, Instant registrationOpensAt, Instant registrationClosesAt,
                           boolean griffieApprovalRequired, String cancellationReason, List<String> trainerNames,
                           List<Integer> reminderDays, long version) {

    /** Where a session takes place. {@code town} is the venue's city, all the public learns of a closed session. */
    public record Place(String name, String address, String room, String accessibilityNotes, String town,
                        BigDecimal latitude, BigDecimal longitude) {

        static final Place NONE = new Place(null, null, null, null, null, null, null);

        static Place of(Venue venue) {
            return venue == null ? NONE : new Place(venue.getName(), venue.address(), venue.getRoom(),
                    venue.getAccessibilityNotes(), venue.getCity(), venue.getLatitude(), venue.getLongitude());
        }

        Place townOnly() {
            return new Place(null, null, null, null, town, null, null);
        }
    }

    static SessionFacts of(TrainingSession s, List<Integer> reminderDays) {
        var tour = s.getTour();
        return new SessionFacts(s.getId(), tour.getId(), tour.getName(), tour.getOrganiserEmail(), s.getProvinceCode(),
                s.getTitle(), s.getTopic(), s.getDescription(), s.getStartsAt(), s.getEndsAt(), s.getStatus(),
                s.getFormat(), s.getAudience(), s.getCapacity(), Place.of(s.getVenue()),
                s.getFormat().hasMeetingLink() ? s.getMeetingUrl() : null, s.isClosed(), s.getRegistrationOpensAt(),
                s.getRegistrationClosesAt(), s.isGriffieApprovalRequired(), s.getCancellationReason(),
                s.getTrainers().stream().map(Trainer::getName).sorted().toList(), List.copyOf(reminderDays),
                s.getVersion());
    }

    /** Whether there is an online link to give. */
    public boolean online() {
        return meetingUrl != null && !meetingUrl.isBlank();
    }

    /** The place as anyone may know it: for a closed session only its town (no name, address, room or coordinates). */
    public Place publicPlace() {
        return closed ? place.townOnly() : place;
    }

    /** These facts as a public page, feed or file may show them: no meeting link, the {@link #publicPlace()}. */
    public SessionFacts publicView() {
        return new SessionFacts(id, tourId, tourName, organiserEmail, provinceCode, title, topic, description, startsAt,
                endsAt, status, format, audience, capacity, publicPlace(), null, closed, registrationOpensAt,
                registrationClosesAt, griffieApprovalRequired, cancellationReason, trainerNames, reminderDays, version);
    }

    /** Whether registrations are accepted at {@code now}: published, not started, within the window. */
    public boolean acceptsRegistrationsAt(Instant now) {
        return status == SessionStatus.PUBLISHED && now.isBefore(startsAt)
                && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && (registrationClosesAt == null || now.isBefore(registrationClosesAt));
    }
}
