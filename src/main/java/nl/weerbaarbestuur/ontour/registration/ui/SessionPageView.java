package nl.weerbaarbestuur.ontour.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Comparator;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;

/**
 * A session as the public sees it, with the "Aanmelden" form while registration is open. A closed
 * session (besloten) is found only through its invitation link ({@code /uitnodiging/{token}}, which
 * the registration then carries); at {@code /sessies/{id}} it does not exist, and its page names
 * only the town.
 */
@Route("sessies/:id")
@RouteAlias("uitnodiging/:token")
@AnonymousAllowed
class SessionPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanningService planning;
    private final ProvinceService provinces;
    private final ParticipantRegistrations registrations;
    private final Clock clock;
    private final String baseUrl;
    private final SessionInvitations invitations;
    private final SeatCounts seatCounts;
    private SessionFacts session;
    private int seatsLeft;
    private String invitation;

    SessionPageView(PlanningService planning, ProvinceService provinces, ParticipantRegistrations registrations, Clock clock,
                    SiteAddress site, SessionInvitations invitations, SeatCounts seatCounts) {
        this.invitations = invitations;
        this.seatCounts = seatCounts;
        this.baseUrl = site.baseUrl();
        this.planning = planning;
        this.provinces = provinces;
        this.registrations = registrations;
        this.clock = clock;
        addClassName("ot-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        invitation = event.getRouteParameters().get("token").orElse(null);
        var id = invitation != null ? invitations.sessionFor(invitation) : event.getRouteParameters().get("id").flatMap(SessionPageView::parse);
        session = id.flatMap(planning::publicSession).filter(s -> invitation != null || !s.closed()).orElse(null);
        if (session == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        seatsLeft = seatCounts.of(session.id()).seatsLeft(session.capacity());
        removeAll();
        var province = provinces.find(session.provinceCode()).map(p -> p.getName()).orElse(session.provinceCode());
        var title = new H2(session.title());
        title.setId("session-title");
        add(title);
        var facts = new Div();
        facts.addClassName("ot-session-facts");
        facts.add(fact("session.when", DutchTime.period(session.startsAt(), session.endsAt(), getLocale())));
        facts.add(fact("session.province", province));
        facts.add(fact("session.format", getTranslation("format." + session.format().name())));
        if (session.place().name() != null) {
            facts.add(fact("session.venue", session.place().name() + ", " + session.place().address()
                    + (session.place().room() == null ? "" : " (" + session.place().room() + ")")));
        }
        if (session.closed() && session.place().name() == null && session.place().town() != null && session.format().hasVenue()) {
            var town = fact("closed.session.town", session.place().town() + " · " + getTranslation("closed.session.address-later"));
            town.setId("session-town");
            facts.add(town);
        }
        if (session.place().accessibilityNotes() != null) {
            facts.add(fact("session.accessibility", session.place().accessibilityNotes()));
        }
        facts.add(fact("session.audience", getTranslation("audience." + session.audience().name())));
        facts.add(fact("session.seats", seatsLeft > 0 ? getTranslation("catalogue.seats-left", seatsLeft)
                : getTranslation("catalogue.full-waitlist")));
        add(facts);
        if (session.status() == SessionStatus.PUBLISHED && !session.closed()) {
            add(CalendarLinks.forSession(session, baseUrl + "/sessies/" + session.id(), this::getTranslation));
        }
        if (session.description() != null) {
            var description = new Paragraph(session.description());
            description.addClassName("ot-description");
            add(description);
        }
        add(registrationPart());
    }

    private Div registrationPart() {
        var part = new Div();
        part.setId("registration");
        part.add(new H3(getTranslation("registration.form.title")));
        if (!session.acceptsRegistrationsAt(clock.instant())) {
            part.add(new Paragraph(getTranslation("registration.closed")));
            return part;
        }
        if (seatsLeft == 0) {
            var notice = new Paragraph(getTranslation("registration.full-notice"));
            notice.setId("full-notice");
            part.add(notice);
            alternative().filter(alt -> !session.closed()).ifPresent(alt -> part.add(new Paragraph(new Anchor("sessies/" + alt.id(),
                    getTranslation("registration.alternative", alt.title(), DutchTime.dateTime(alt.startsAt(), getLocale()))))));
        }
        var all = provinces.all();
        var form = new RegistrationForm[1];
        var hybrid = session.format() == nl.weerbaarbestuur.ontour.planning.SessionFormat.HYBRID;
        form[0] = new RegistrationForm(all, session.provinceCode(), hybrid, (details, consent) -> submit(part, form[0], details, consent));
        part.add(form[0]);
        return part;
    }

    private void submit(Div part, RegistrationForm form, ParticipantDetails details, boolean consent) {
        if (session.format() == nl.weerbaarbestuur.ontour.planning.SessionFormat.HYBRID && details.attendance() == null) {
            // The service leaves the choice open (API clients cannot make it); this form asks for it,
            // and shows its message together with whatever else is missing.
            var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
            try {
                registrations.check(details, consent);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
            errors.add(new InvalidInputException.FieldError("attendance", "registration.error.attendance-required"));
            form.show(new InvalidInputException(errors));
            return;
        }
        try {
            var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
            registrations.request(session.id(), details, consent, invitation, request == null ? null : request.getRemoteAddr());
            part.removeAll();
            var done = new Div(new H3(getTranslation("registration.check-email.title")),
                    new Paragraph(getTranslation("registration.check-email.text", details.email())));
            done.setId("check-email");
            done.addClassName("ot-notice");
            part.add(done);
        } catch (InvalidInputException e) {
            form.show(e);
        } catch (BusinessRuleException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The nearest other session of the same tour with a free seat. */
    private java.util.Optional<SessionFacts> alternative() {
        var others = planning.publicSessions(null, session.tourId());
        var seats = seatCounts.of(others.stream().map(SessionFacts::id).toList());
        return others.stream()
                .filter(s -> s.id() != session.id() && s.acceptsRegistrationsAt(clock.instant())
                        && seats.getOrDefault(s.id(), SeatCounts.Count.NONE).seatsLeft(s.capacity()) > 0)
                .min(Comparator.comparing(s -> Math.abs(s.startsAt().getEpochSecond() - session.startsAt().getEpochSecond())));
    }

    private Div fact(String labelKey, String value) {
        var label = new com.vaadin.flow.component.html.Span(getTranslation(labelKey));
        label.addClassName("ot-fact-name");
        var text = new com.vaadin.flow.component.html.Span(value);
        var fact = new Div(label, text);
        fact.addClassName("ot-session-fact");
        return fact;
    }

    static java.util.Optional<Long> parse(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return session == null ? getTranslation("catalogue.title") : session.title();
    }
}
