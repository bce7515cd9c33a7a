package nl.weerbaarbestuur.ontour.shared.ui;

import nl.weerbaarbestuur.ontour.shared.SiteContact;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import nl.weerbaarbestuur.ontour.shared.LanguagePreference;

/**
 * The frame around every page: the programme's name, a side navigation that shows only what the
 * signed-in role may open (Vaadin filters the {@code @Menu} entries by access), the language switch,
 * sign-out, and below every page the {@link SiteFooter} (with the sign-in link for visitors).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    /** Holds one side navigation per section of {@link MenuSections}. */
    private final Div nav = new Div();
    private final SiteFooter footer;
    /** The routed view, shown with the footer below it. */
    private HasElement routed;

    public MainLayout(AuthenticationContext authentication,
                      SiteContact contact) {
        this.authentication = authentication;
        this.footer = new SiteFooter(contact.contactEmail(), !authentication.isAuthenticated());
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("ot-view-title");
        var header = new HorizontalLayout(toggle, viewTitle, accountArea());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.addClassName("ot-header");
        // Landmarks (WCAG 1.3.1): the bar is the page's banner, the drawer its menu, the view its main
        // content and the footer its contentinfo, so nothing on a page lies outside a landmark.
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);

        var brand = new Div();
        brand.addClassName("ot-brand");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("ot-brand-name");
        var by = new Span(getTranslation("app.by"));
        by.addClassName("ot-brand-by");
        brand.add(name, by);
        nav.setId("main-nav");
        nav.addClassName("ot-nav");
        var drawer = new Nav(brand, new Scroller(nav));
        drawer.addClassName("ot-drawer");
        drawer.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        addToDrawer(drawer);
    }

    private HorizontalLayout accountArea() {
        var area = new HorizontalLayout();
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("ot-account");
        var current = getLocale();
        var switchLanguage = new Button(getTranslation("layout.switch-language"), e -> switchLanguage());
        switchLanguage.setId("switch-language");
        switchLanguage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchLanguage.getElement().setAttribute("lang", LanguagePreference.other(current).getLanguage());
        area.add(switchLanguage);

        // Participants never sign in: for a visitor the sign-in link sits in the footer, where staff find it.
        authentication.getPrincipalName().ifPresent(name -> {
            var who = new Span(name);
            who.addClassName("ot-user");
            var signOut = new Button(getTranslation("layout.sign-out"), e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(who, signOut);
        });
        return area;
    }

    private void switchLanguage() {
        var ui = UI.getCurrent();
        var next = LanguagePreference.other(ui.getLocale());
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(LanguagePreference.cookieFor(next));
        }
        ui.getSession().setLocale(next);
        ui.setLocale(next);
        ui.getPage().reload();
    }

    /** The view (in the page's {@code <main>}), then the footer, in the layout's scrolling content area. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        routed = content;
        var main = new Main();
        main.addClassName("ot-main");
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        var page = new Div(main, footer);
        page.addClassName("ot-content");
        setContent(page);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (routed == oldContent) {
            routed = null;
            setContent(null);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        var entries = MenuConfiguration.getMenuEntries();
        var signedIn = authentication.isAuthenticated();
        var sections = new java.util.EnumMap<MenuSections.Section, SideNav>(MenuSections.Section.class);
        for (var entry : entries) {
            var place = MenuSections.of(entry.path(), signedIn);
            sections.computeIfAbsent(place.section(), this::sideNav)
                    .addItem(item(entry, place, hasNestedEntry(entry, entries)));
        }
        sections.values().forEach(nav::add);
        viewTitle.setText(MenuConfiguration.getPageHeader(routed instanceof Component view ? view : getContent()).orElse(getTranslation("app.name")));
    }

    private SideNav sideNav(MenuSections.Section section) {
        var sideNav = new SideNav();
        sideNav.addClassName("ot-nav-section");
        if (section.labelKey() == null) {
            sideNav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        } else {
            sideNav.setLabel(getTranslation(section.labelKey()));
        }
        return sideNav;
    }

    /** Whether another entry lies below this one ("planning" and "planning/sessies"). */
    private static boolean hasNestedEntry(MenuEntry entry, List<MenuEntry> entries) {
        var prefix = entry.path().endsWith("/") ? entry.path() : entry.path() + "/";
        return entries.stream().anyMatch(other -> other != entry && other.path().startsWith(prefix));
    }

    private SideNavItem item(MenuEntry entry, MenuSections.Place place, boolean hasNestedEntry) {
        var label = getTranslation(place.titleKey() == null ? entry.title() : place.titleKey());
        var item = new SideNavItem(label, entry.path());
        // Nested pages highlight their parent, unless the nested page has an entry of its own:
        // then only that entry is highlighted.
        item.setMatchNested(!hasNestedEntry);
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }
}
