package nl.weerbaarbestuur.ontour.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.security.ApiToken;
import nl.weerbaarbestuur.ontour.security.ApiTokenService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/** An organiser's personal API tokens: create one (shown once), see when each was last used, revoke. */
@Route("beheer/api-tokens")
@Menu(order = 95, title = "nav.api-tokens", icon = "vaadin:key")
@RolesAllowed(Role.Names.ORGANISER)
class ApiTokenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApiTokenService tokens;
    private final TextField name = new TextField();
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokenView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("ot-page");

        name.setId("api-token-name");
        name.setLabel(getTranslation("api-tokens.name"));
        name.setHelperText(getTranslation("api-tokens.name.help"));
        name.setMaxLength(ApiToken.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        var create = new Button(getTranslation("api-tokens.create"), e -> create());
        create.setId("create-api-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("api-tokens");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone the name, whether it works and its button, without scrolling sideways.
        var name = grid.addColumn(ApiToken::getName).setHeader(getTranslation("api-tokens.name")).setWidth("8rem").setFlexGrow(1);
        var created = grid.addColumn(t -> DutchTime.dateTime(t.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("api-tokens.created-at")).setWidth("10rem").setFlexGrow(0);
        var used = grid.addColumn(t -> t.getLastUsedAt() == null ? getTranslation("api-tokens.never-used")
                : DutchTime.dateTime(t.getLastUsedAt(), getLocale())).setHeader(getTranslation("api-tokens.last-used"))
                .setWidth("10rem").setFlexGrow(0);
        var status = grid.addComponentColumn(this::status).setHeader(getTranslation("api-tokens.status")).setWidth("7rem")
                .setFlexGrow(0);
        var actions = grid.addComponentColumn(this::revokeButton).setKey("revoke").setHeader(getTranslation("grid.actions"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(name, actions, status, used, created));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("api-tokens.none"));

        add(new Paragraph(getTranslation("api-tokens.intro")), form, grid, new Paragraph(getTranslation("api-tokens.docs")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private void create() {
        try {
            var created = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            showOnce(created.clearToken());
        } catch (InvalidInputException e) {
            var error = e.errors().getFirst();
            name.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
            name.setInvalid(true);
        } catch (BusinessRuleException e) {
            notify(getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    private Span status(ApiToken token) {
        var badge = new Span(getTranslation(token.isRevoked() ? "api-tokens.revoked" : "api-tokens.active"));
        badge.addClassNames("ot-badge", token.isRevoked() ? "ot-badge-muted" : "ot-badge-ok");
        return badge;
    }

    private Button revokeButton(ApiToken token) {
        var revoke = new Button(getTranslation("api-tokens.revoke"), e -> {
            try {
                tokens.revoke(token.getId());
                notify(getTranslation("api-tokens.revoked-notice"), NotificationVariant.LUMO_SUCCESS);
            } catch (NotFoundException ignored) {
                // Gone in the meantime: the refresh shows what is left.
            }
            refresh();
        });
        revoke.setId("revoke-api-token-" + token.getId());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(!token.isRevoked());
        return revoke;
    }

    /** The only time the token is shown; only its hash is stored. */
    private void showOnce(String clearToken) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("api-tokens.new.title"));
        var value = new Span(clearToken);
        value.setId("new-api-token");
        value.addClassName("ot-password");
        dialog.add(new Paragraph(getTranslation("api-tokens.new.text")), value);
        var close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("close-new-api-token");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void notify(String text, NotificationVariant variant) {
        var n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-tokens.title");
    }
}
