package nl.weerbaarbestuur.ontour.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.calendar.CalendarFeeds;
import nl.weerbaarbestuur.ontour.calendar.CalendarFeeds.FeedLink;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/** A griffie's calendar links for its province's sessions (no names in them): make one (shown once), revoke. */
@Route("agenda-links")
@Menu(order = 70, title = "calendar.feeds.nav", icon = "vaadin:link")
@RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
class ProvinceFeedsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CalendarFeeds feeds;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final Select<String> province = new Select<>();
    private final Grid<FeedLink> grid = new Grid<>();
    private final Div result = new Div();

    ProvinceFeedsView(CalendarFeeds feeds, ProvinceService provinces, CurrentUser currentUser) {
        this.feeds = feeds;
        this.provinces = provinces;
        this.currentUser = currentUser;
        addClassName("ot-page");
        province.setId("feed-province");
        province.setLabel(getTranslation("calendar.feeds.province"));
        province.setItemLabelGenerator(code -> provinces.find(code).map(p -> p.getName()).orElse(code));
        province.addValueChangeListener(e -> refresh());
        var create = new Button(getTranslation("calendar.feeds.create"), e -> create());
        create.setId("feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("feed-result");
        grid.setId("feed-links");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone when, whether it works and its button, without scrolling sideways.
        var created = grid.addColumn(l -> DutchTime.dateTime(l.createdAt(), getLocale()))
                .setHeader(getTranslation("calendar.feeds.created-at")).setWidth("8rem").setFlexGrow(0);
        var createdBy = grid.addColumn(FeedLink::createdBy).setHeader(getTranslation("calendar.feeds.created-by"))
                .setWidth("10rem").setFlexGrow(1);
        var status = grid.addColumn(l -> l.revokedAt() == null ? getTranslation("calendar.feeds.active")
                : getTranslation("calendar.feeds.revoked-at", DutchTime.dateTime(l.revokedAt(), getLocale())))
                .setHeader(getTranslation("calendar.feeds.status")).setWidth("8rem").setFlexGrow(1);
        var actions = grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("grid.actions")).setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(created, actions, status, createdBy));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("calendar.feeds.none"));
        add(new Paragraph(getTranslation("calendar.feeds.intro")), new Div(province, create), result, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.require();
        List<String> codes = user.is(Role.ORGANISER)
                ? provinces.all().stream().map(p -> p.getCode()).toList()
                : user.provinceCodes().stream().sorted().toList();
        province.setItems(codes);
        if (!codes.isEmpty()) {
            province.setValue(codes.getFirst());
        }
    }

    private void create() {
        if (province.getValue() == null) {
            return;
        }
        result.removeAll();
        var token = feeds.createProvinceFeed(province.getValue());
        result.add(SubscribeView.FeedLinkBox.of(feeds.privateFeedUrl(token), this::getTranslation));
        refresh();
    }

    private Button revokeButton(FeedLink link) {
        var revoke = new Button(getTranslation("calendar.feeds.revoke"), e -> {
            feeds.revokeProvinceFeed(link.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(link.revokedAt() == null);
        revoke.setId("feed-revoke-" + link.id());
        return revoke;
    }

    private void refresh() {
        grid.setItems(province.getValue() == null ? List.of() : feeds.provinceFeeds(province.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.feeds.title");
    }
}
