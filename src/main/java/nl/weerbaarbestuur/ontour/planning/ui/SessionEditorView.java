package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.PlanningWarning;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerInviteAnswers;
import nl.weerbaarbestuur.ontour.planning.TrainerNamePermission;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Plans one session (planning/sessie/nieuw or planning/sessie/12). Saving first asks the service
 * to check the plan: refusals mark the fields and save nothing; warnings are listed and need
 * "Toch opslaan". A save carries the version the editor loaded, so that a colleague's change in
 * between is refused rather than overwritten. The life-cycle actions live in {@link SessionLifecycle}.
 */
@Route("planning/sessie/:id?")
@RolesAllowed(Role.Names.ORGANISER)
class SessionEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "nieuw";

    private final SessionService sessions;
    private final TourService tours;
    private final ProvinceService provinces;
    private final TrainerService trainers;
    private final SessionForm form;
    private final SessionLifecycle lifecycle;
    private final H2 heading = new H2();
    private final Div checkResult = new Div();
    private final Paragraph otherErrors = new Paragraph();
    private final SessionHistoryList history = new SessionHistoryList();
    private final InvitationPanel invitation;
    private final PublicLinkPanel publicLink;
    /** By address, not by class: the attendee list lives in the griffie module, which builds on planning. */
    private final com.vaadin.flow.component.html.Anchor attendees = new com.vaadin.flow.component.html.Anchor();
    private final TrainerNamePermission trainerNamePermission;
    /** The organiser lets this session's trainers see the names on the check-in page (saved at once). */
    private final Checkbox trainerNames = new Checkbox();
    /** The trainers' answers to their calendar invites (kept by the calendar module, read through the planning port). */
    private final TrainerAnswersPanel trainerAnswers;
    private Long sessionId;
    private long version;

    SessionEditorView(SessionService sessions, TourService tours, ProvinceService provinces, VenueService venues,
                      TrainerService trainers, Clock clock, SessionInvitations invitations,
                      TrainerNamePermission trainerNamePermission, TrainerInviteAnswers trainerInviteAnswers) {
        this.trainerAnswers = new TrainerAnswersPanel(trainerInviteAnswers);
        this.trainerNamePermission = trainerNamePermission;
        this.invitation = new InvitationPanel(invitations);
        this.sessions = sessions;
        this.tours = tours;
        this.provinces = provinces;
        this.trainers = trainers;
        addClassName("ot-page");
        addClassName("ot-editor");
        form = new SessionForm(venues::optionsFor);
        form.addCheckListener(e -> check(e.plan()));
        form.addSaveListener(e -> save(e.plan()));
        lifecycle = new SessionLifecycle(sessions, provinces, venues, trainers, clock, this::load);
        publicLink = new PublicLinkPanel(invitations::publicPageLink);
        heading.setId("session-heading");
        checkResult.setId("check-result");
        checkResult.getElement().setAttribute("aria-live", "polite");
        otherErrors.setId("session-errors");
        otherErrors.addClassName("ot-form-error");
        otherErrors.setVisible(false);
        var back = new RouterLink(getTranslation("editor.to-list"), SessionListView.class);
        back.addClassName("ot-back");
        attendees.setId("session-attendees");
        attendees.setText(getTranslation("griffie.link.attendees"));
        attendees.setVisible(false);
        trainerNames.setId("trainer-names");
        trainerNames.setLabel(getTranslation("results.checkin.trainer-names"));
        trainerNames.setHelperText(getTranslation("editor.trainer-names.help"));
        trainerNames.addClassName("ot-trainer-names");
        trainerNames.setVisible(false);
        trainerNames.addValueChangeListener(e -> {
            if (e.isFromClient() && sessionId != null) {
                trainerNamePermission.allow(sessionId, e.getValue());
                Notices.success(this, e.getValue() ? "editor.trainer-names.allowed" : "editor.trainer-names.withdrawn");
            }
        });
        add(back, heading, attendees, lifecycle, publicLink, otherErrors, form, trainerAnswers, trainerNames, checkResult,
                invitation, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.filler().choices(tours.all(), provinces.all(), trainers.all());
        var id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id)) {
            startNew(event.getLocation().getQueryParameters());
            return;
        }
        try {
            load(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getSingleParameter("controleer").isPresent()) {
            check(form.plan());
        }
    }

    private void startNew(QueryParameters query) {
        sessionId = null;
        heading.setText(getTranslation("editor.title.new"));
        form.filler().prefill(QueryValues.number(query, "tour"), QueryValues.text(query, "provincie"),
                QueryValues.date(query, "datum"));
        form.clearErrors();
        form.setEditable(true);
        lifecycle.showNew();
        invitation.showNew();
        history.setVisible(false);
        attendees.setVisible(false);
        trainerNames.setVisible(false);
        trainerAnswers.hide();
        publicLink.setVisible(false);
        checkResult.removeAll();
        otherErrors.setVisible(false);
    }

    /** (Re)loads a saved session; the version is read before the plan, so a newer plan is never saved over. */
    private void load(long id) {
        var session = sessions.get(id);
        var plan = sessions.planOf(id);
        sessionId = id;
        version = session.getVersion();
        heading.setText(session.getTitle());
        form.clearErrors();
        form.filler().fill(plan);
        form.setEditable(session.getStatus() == SessionStatus.DRAFT || session.getStatus() == SessionStatus.PUBLISHED);
        lifecycle.show(session);
        invitation.show(id, session.getStatus() == SessionStatus.DRAFT || session.getStatus() == SessionStatus.PUBLISHED);
        history.show(sessions.history(id));
        history.setVisible(true);
        attendees.setHref("griffie/sessie/" + id);
        attendees.setVisible(session.getStatus() != SessionStatus.DRAFT);
        trainerNames.setValue(trainerNamePermission.allowed(id));
        trainerNames.setReadOnly(session.getStatus() == SessionStatus.CANCELLED);
        trainerNames.setVisible(true);
        var names = trainers.all().stream().collect(java.util.stream.Collectors.toMap(t -> t.getId(), t -> t.getName()));
        trainerAnswers.show(id, trainerId -> names.getOrDefault(trainerId, "#" + trainerId));
        publicLink.show(id, session.getStatus() == SessionStatus.PUBLISHED && !session.isClosed());
        checkResult.removeAll();
        otherErrors.setVisible(false);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private void check(SessionPlan plan) {
        var warnings = warnings(plan);
        if (warnings == null) {
            return;
        }
        checkResult.removeAll();
        if (warnings.isEmpty()) {
            var ok = new Paragraph(getTranslation("editor.no-warnings"));
            ok.addClassNames("ot-notice", "ot-notice-ok");
            checkResult.add(ok);
        } else {
            var list = new UnorderedList();
            list.addClassName("ot-warnings");
            warnings.forEach(w -> list.add(new ListItem(w)));
            var box = new Div(new Paragraph(getTranslation("editor.warnings.inline-title")), list);
            box.addClassNames("ot-notice", "ot-notice-warning");
            checkResult.add(box);
        }
    }

    private void save(SessionPlan plan) {
        var warnings = warnings(plan);
        if (warnings == null) {
            return;
        }
        if (warnings.isEmpty()) {
            store(plan);
        } else {
            new WarningsDialog(warnings, () -> store(plan)).open();
        }
    }

    /** The translated warnings for the plan, or null when the service refuses it (the fields then say why). */
    private List<String> warnings(SessionPlan plan) {
        form.clearErrors();
        otherErrors.setVisible(false);
        try {
            return sessions.check(plan, sessionId).stream().map(this::translate).toList();
        } catch (InvalidInputException e) {
            refused(e);
        } catch (BusinessRuleException e) {
            Notices.refused(this, e);
        }
        return null;
    }

    private void store(SessionPlan plan) {
        try {
            if (sessionId == null) {
                var created = sessions.create(plan);
                Notices.success(this, "editor.created");
                UI.getCurrent().navigate(SessionEditorView.class, new RouteParameters("id", String.valueOf(created.getId())));
            } else {
                sessions.update(sessionId, version, plan);
                Notices.success(this, "editor.saved");
                load(sessionId);
            }
        } catch (InvalidInputException e) {
            refused(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notices.error(this, "editor.concurrent");
            load(sessionId);
        } catch (BusinessRuleException e) {
            Notices.refused(this, e);
        }
    }

    private void refused(InvalidInputException e) {
        var unplaced = form.showErrors(e);
        otherErrors.setText(getTranslation("editor.invalid") + (unplaced.isEmpty() ? "" : " " + String.join(" ", unplaced)));
        otherErrors.setVisible(true);
    }

    private String translate(PlanningWarning warning) {
        return getTranslation(warning.messageKey(), warning.arguments().toArray());
    }

    @Override
    public String getPageTitle() {
        return sessionId == null ? getTranslation("editor.title.new") : getTranslation("editor.title.edit", heading.getText());
    }
}
