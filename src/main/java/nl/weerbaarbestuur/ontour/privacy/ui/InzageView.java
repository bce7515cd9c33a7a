package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.weerbaarbestuur.ontour.privacy.Inzage;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.privacy.Inzage.PersonalData;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * The inzage as a page to read: the same content as the JSON download, in plain lists that read
 * well on a phone. Two keys open it: an active manage link's token (mijn/{token}/gegevens) and a
 * mailed inzage link's token (mijn-gegevens/{token}, see {@code InzageLinks}) while it is valid.
 */
@Route("mijn/:token/gegevens")
@RouteAlias("mijn-gegevens/:token")
@AnonymousAllowed
class InzageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Inzage inzage;

    InzageView(Inzage inzage) {
        this.inzage = inzage;
        addClassName("ot-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        var mailed = "mijn-gegevens".equals(event.getLocation().getFirstSegment());
        removeAll();
        add(new H2(getTranslation("inzage.page.title")));
        var data = mailed ? inzage.forInzageLink(token) : inzage.forManageToken(token);
        data.ifPresentOrElse(found -> show(mailed ? null : token, found,
                mailed ? () -> inzage.jsonForInzageLink(token) : () -> inzage.json(token)), () -> {
            var unknown = new Paragraph(getTranslation("inzage.unknown"));
            unknown.setId("inzage-unknown");
            add(unknown, new Anchor("sessies", getTranslation("confirm.to-catalogue")));
        });
    }

    /** {@code manageToken}: null for a mailed link (no way back to a manage page it does not know). */
    private void show(@Nullable String manageToken, PersonalData data, java.util.function.Supplier<java.util.Optional<byte[]>> json) {
        var subject = new Paragraph(getTranslation("inzage.page.subject", data.subject().name(), data.subject().email(),
                when(data.generatedAt())));
        subject.setId("inzage-subject");
        add(subject, new Paragraph(InzageDownload.anchor(json, getTranslation("inzage.download.json"))));

        section("inzage-registrations", "inzage.registrations", "inzage.registrations.none", data.registrations(), r ->
                join(r.session().title() == null ? "#" + r.session().id() : r.session().title(),
                        r.session().startsAt() == null || r.session().endsAt() == null ? null : DutchTime.period(r.session().startsAt(), r.session().endsAt(), getLocale()),
                        getTranslation("registration.status." + r.status()),
                        r.fullName() + " (" + r.email() + ")",
                        r.function() == null ? null : getTranslation("function." + r.function()),
                        labelled("griffie.column.fractie", r.fractie()),
                        labelled("griffie.column.province", r.province()),
                        labelled("griffie.column.accessibility", r.accessibilityNeeds()),
                        labelled("griffie.column.dietary", r.dietaryNeeds()),
                        labelled("griffie.column.remarks", r.remarks()),
                        labelled("griffie.column.made-by", getTranslation("griffie.made-by." + r.madeBy())),
                        labelled("griffie.column.registered-at", when(r.createdAt()))));
        section("inzage-mails", "inzage.mails", "inzage.mails.none", data.mails(), m ->
                join(when(m.createdAt()), m.subject(), getTranslation("mail.status." + m.status()),
                        m.sentAt() == null ? null : getTranslation("inzage.mails.sent", when(m.sentAt()))));
        section("inzage-checkins", "inzage.checkins", "inzage.checkins.none", data.checkIns(), c ->
                join(c.sessionTitle() == null ? "#" + c.sessionId() : c.sessionTitle(),
                        c.noShow() ? getTranslation("inzage.checkins.no-show")
                                : getTranslation("inzage.checkins.in", when(c.checkedInAt())),
                        c.walkIn() ? getTranslation("inzage.checkins.walk-in") : null));
        section("inzage-calendar-replies", "inzage.calendar-replies", "inzage.calendar-replies.none", data.calendarReplies(), c ->
                getTranslation("inzage.calendar-replies.line", when(c.receivedAt()),
                        c.answer() == null ? getTranslation("inzage.calendar-replies.answer-unknown")
                                : CalendarAnswer.ofPartStat(c.answer()).map(a -> getTranslation(a.messageKey())).orElse(c.answer()),
                        getTranslation("inzage.calendar-replies.outcome." + c.outcome())));
        section("inzage-access", "inzage.access", "inzage.access.none", data.accessLog(), a ->
                join(when(a.at()), role(a.role()) + (a.provinces() == null ? "" : " (" + a.provinces() + ")"),
                        getTranslation("access.action." + a.action()),
                        a.sessionTitle(),
                        a.aboutYouOnly() ? getTranslation("inzage.access.you") : getTranslation("inzage.access.rows", a.rowCount())));
        if (manageToken != null) {
            var back = new Anchor("mijn/" + manageToken, getTranslation("inzage.back"));
            back.setId("inzage-back");
            add(new Paragraph(back));
        }
    }

    private <T> void section(String id, String titleKey, String noneKey, List<T> items, Function<T, String> line) {
        add(new H3(getTranslation(titleKey)));
        if (titleKey.equals("inzage.access")) {
            add(new Paragraph(getTranslation("inzage.access.explain")));
        }
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation(noneKey)));
            return;
        }
        var list = new UnorderedList();
        list.setId(id);
        items.forEach(item -> list.add(new ListItem(line.apply(item))));
        add(list);
    }

    private String role(String role) {
        return "UNKNOWN".equals(role) ? getTranslation("access.role.unknown") : getTranslation("role." + role);
    }

    private @Nullable String labelled(String labelKey, @Nullable String value) {
        return value == null || value.isBlank() ? null : getTranslation(labelKey) + ": " + value;
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "" : DutchTime.dateTime(instant, getLocale());
    }

    private static String join(@Nullable String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inzage.page.title");
    }
}
