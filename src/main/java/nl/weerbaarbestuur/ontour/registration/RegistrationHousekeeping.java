package nl.weerbaarbestuur.ontour.registration;

import nl.weerbaarbestuur.ontour.planning.SessionCapacityChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps registrations in step with time and with the planning: expiry, and capacity changes. */
@Component
class RegistrationHousekeeping {

    private final ParticipantRegistrations registrations;
    private final Seats seats;
    private final RegistrationMails mails;

    RegistrationHousekeeping(ParticipantRegistrations registrations, Seats seats, RegistrationMails mails) {
        this.registrations = registrations;
        this.seats = seats;
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(RegistrationEvents.RegistrationChanged event) {
        mails.changed(event.registrationId(), event.fields());
    }

    @ApplicationModuleListener
    void on(RegistrationEvents.RegistrationWaitlisted event) {
        mails.waitlisted(event.registrationId());
    }

    @Scheduled(fixedDelayString = "${ontour.registration.expiry-check:PT5M}", initialDelayString = "PT1M")
    void expireUnconfirmed() {
        registrations.expireUnconfirmed();
    }

    @ApplicationModuleListener
    void on(SessionCapacityChanged event) {
        seats.capacityChanged(event.sessionId(), event.newCapacity());
    }
}
