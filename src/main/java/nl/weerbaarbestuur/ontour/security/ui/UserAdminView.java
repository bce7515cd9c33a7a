package nl.weerbaarbestuur.ontour.security.ui;

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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccount;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Organisers manage accounts: create, change role and provinces, (de)activate, reset a password. */
@Route("beheer/gebruikers")
@Menu(order = 90, title = "nav.users", icon = "vaadin:users")
@RolesAllowed(Role.Names.ORGANISER)
class UserAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final UserAccountService users;
    private final ProvinceService provinces;
    private final Grid<UserAccount> grid = new Grid<>();

    UserAdminView(UserAccountService users, ProvinceService provinces) {
        this.users = users;
        this.provinces = provinces;
        addClassName("ot-page");

        var create = new Button(getTranslation("users.new"), e -> openDialog(null));
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users");
        // Names and addresses wrap; the short columns take what they need, so the actions stay on screen.
        // Widths in rem: an em in the header (smaller type) is narrower than in the body, and the
        // header cells then stood out of line with the cells below them.
        var name = grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("users.name")).setWidth("7rem").setFlexGrow(1);
        var email = grid.addColumn(UserAccount::getEmail).setHeader(getTranslation("users.email")).setWidth("11rem")
                .setFlexGrow(1);
        var role = grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("users.role"))
                .setWidth("7.5rem").setFlexGrow(0);
        var provinceCodes = grid.addColumn(u -> String.join(", ", u.getProvinceCodes())).setHeader(getTranslation("users.provinces"))
                .setWidth("7rem").setFlexGrow(0);
        var status = grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setWidth("7rem")
                .setFlexGrow(0);
        var lastLogin = grid.addColumn(u -> u.getLastLoginAt() == null ? "–" : DutchTime.dateTime(u.getLastLoginAt(), getLocale()))
                .setHeader(getTranslation("users.last-login")).setWidth("10rem").setFlexGrow(0);
        var actions = grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setWidth("11.5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // As many columns as fit, most important first. On a phone: name and actions (the action
        // "Activeren"/"Deactiveren" tells the status).
        FittedColumns.fit(grid, List.of(name, actions, role, status, email, provinceCodes, lastLogin));
        grid.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("users.intro")), create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(users.all());
    }

    private Span status(UserAccount user) {
        var badge = new Span(getTranslation(user.isActive() ? "users.active" : "users.inactive"));
        badge.addClassNames("ot-badge", user.isActive() ? "ot-badge-ok" : "ot-badge-muted");
        return badge;
    }

    private VerticalLayout actions(UserAccount user) {
        var edit = new Button(getTranslation("action.edit"), e -> openDialog(user));
        var toggle = new Button(getTranslation(user.isActive() ? "users.deactivate" : "users.activate"),
                e -> run(() -> {
                    if (user.isActive()) {
                        users.deactivate(user.getId());
                    } else {
                        users.activate(user.getId());
                    }
                }, user.isActive() ? "users.deactivated" : "users.activated"));
        toggle.setId("toggle-" + user.getId());
        var reset = new Button(getTranslation("users.reset-password"), e -> showPassword(user.getEmail(),
                users.resetPassword(user.getId())));
        reset.setId("reset-" + user.getId());
        for (var b : new Button[]{edit, toggle, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        // One action under the other: side by side they ran off the grid's edge.
        var actions = new VerticalLayout(edit, toggle, reset);
        actions.setPadding(false);
        actions.setSpacing(false);
        return actions;
    }

    private void openDialog(@Nullable UserAccount existing) {
        var all = provinces.all();
        var dialog = new UserDialog[1];
        dialog[0] = new UserDialog(existing, all, input -> {
            try {
                if (existing == null) {
                    var created = users.create(input.email(), input.displayName(), input.role(), input.provinceCodes());
                    dialog[0].close();
                    showPassword(created.account().getEmail(), created.initialPassword());
                } else {
                    users.update(existing.getId(), input.displayName(), input.role(), input.provinceCodes());
                    dialog[0].close();
                    notify("users.saved", NotificationVariant.LUMO_SUCCESS);
                }
                refresh();
            } catch (BusinessRuleException e) {
                showError(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                notify("error.concurrent-change", NotificationVariant.LUMO_ERROR);
                refresh();
            }
        });
        dialog[0].open();
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            notify(successKey, NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            showError(e);
        }
        refresh();
    }

    /** The only time a password is shown; it is never stored or mailed in clear. */
    private void showPassword(String email, String password) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.password.title"));
        var value = new Span(password);
        value.setId("one-time-password");
        value.addClassName("ot-password");
        dialog.add(new Paragraph(getTranslation("users.password.text", email)), value);
        var close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("close-password");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void showError(BusinessRuleException e) {
        var n = Notification.show(getTranslation(e.messageKey(), e.arguments()), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void notify(String key, NotificationVariant variant) {
        var n = Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
