package nl.weerbaarbestuur.ontour.replies.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.replies.ReplyLog;
import nl.weerbaarbestuur.ontour.replies.ReplyLog.Line;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * For organisers: what became of each message in the reply mailbox, newest first, filtered by
 * outcome and period. The replies nothing was done with (a counter-proposal, an answer to an older
 * version, an unknown invite, a suspect sender, a broken calendar, mail that is no reply) are the
 * ones to look at. Nothing of a message's own text is shown: outcomes, answers and reasons are ours
 * and translated, the sender is masked, the session is ours and links to its editor.
 */
@Route("beheer/agenda-antwoorden")
@Menu(order = 85.5, title = "replies.log.nav", icon = "vaadin:calendar-envelope")
@RolesAllowed(Role.Names.ORGANISER)
class ReplyLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReplyLog log;
    private final Select<String> outcome = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private final Grid<Line> grid = new Grid<>();

    ReplyLogView(ReplyLog log) {
        this.log = log;
        addClassName("ot-page");
        outcome.setId("replies-outcome");
        outcome.setLabel(getTranslation("replies.log.filter.outcome"));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("replies.log.filter.all"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("replies.log.filter.all") : outcomeLabel(o));
        from.setId("replies-from");
        from.setLabel(getTranslation("replies.log.filter.from"));
        from.setClearButtonVisible(true);
        to.setId("replies-to");
        to.setLabel(getTranslation("replies.log.filter.to"));
        to.setClearButtonVisible(true);
        outcome.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        count.setId("replies-count");
        count.getElement().setAttribute("aria-live", "polite");
        var filters = new HorizontalLayout(outcome, from, to, count);
        filters.addClassName("ot-filters");

        grid.setId("replies-log");
        var received = grid.addColumn(l -> DutchTime.dateTime(l.receivedAt(), getLocale()))
                .setHeader(getTranslation("replies.log.column.received")).setWidth("8rem").setFlexGrow(0);
        var outcomeColumn = grid.addColumn(l -> outcomeLabel(l.outcome())).setHeader(getTranslation("replies.log.column.outcome"))
                .setWidth("8rem").setFlexGrow(1);
        var session = grid.addComponentColumn(this::session).setHeader(getTranslation("replies.log.column.session")).setWidth("9rem")
                .setFlexGrow(1);
        var answer = grid.addColumn(l -> answer(l)).setHeader(getTranslation("replies.log.column.answer")).setWidth("7rem")
                .setFlexGrow(0);
        var sender = grid.addColumn(Line::sender).setHeader(getTranslation("replies.log.column.sender")).setWidth("9rem")
                .setFlexGrow(0);
        var reason = grid.addColumn(this::reason).setHeader(getTranslation("replies.log.column.reason")).setWidth("10rem")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("replies.log.empty"));
        // As many columns as fit, most important first: on a phone the row keeps when and what
        // (and which session where it fits); a tap shows the rest below it.
        FittedColumns.fit(grid, List.of(received, outcomeColumn, session, answer, reason, sender));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        add(new H2(getTranslation("replies.log.title")), new Paragraph(getTranslation("replies.log.intro")), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        outcome.setItems(log.outcomes());
        grid.setItems(query -> log.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(filter())));
        showCount();
    }

    ReplyLog.Filter filter() {
        return new ReplyLog.Filter(outcome.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("replies.log.count", log.count(filter())));
    }

    private Component session(Line line) {
        if (line.sessionId() == null) {
            return new Span();
        }
        var title = line.sessionTitle() == null ? "#" + line.sessionId() : line.sessionTitle();
        var link = new Anchor("planning/sessie/" + line.sessionId(), title);
        link.getElement().setAttribute("data-session", String.valueOf(line.sessionId()));
        if (line.trainer()) {
            return new Span(link, new Span(" " + getTranslation("replies.log.trainer")));
        }
        return link;
    }

    private Component details(Line line) {
        var text = new Paragraph(getTranslation("replies.log.details", answer(line), line.sender(), reason(line)));
        text.addClassName("ot-reply-details");
        return text;
    }

    private String outcomeLabel(String outcome) {
        return getTranslation("replies.log.outcome." + outcome);
    }

    private String answer(Line line) {
        return line.answer() == null ? "–" : getTranslation("replies.log.answer." + line.answer());
    }

    private String reason(Line line) {
        return line.reasonKey() == null ? "" : getTranslation(line.reasonKey(), line.reasonNumbers().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replies.log.title");
    }
}
