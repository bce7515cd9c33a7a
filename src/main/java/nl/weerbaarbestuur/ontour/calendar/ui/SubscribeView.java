package nl.weerbaarbestuur.ontour.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.weerbaarbestuur.ontour.calendar.CalendarFeeds;

/**
 * A participant subscribes their calendar to their own sessions (from the manage link): a secret
 * feed link, shown once, and a button that revokes every such link.
 */
@Route("agenda-abonnement/:token")
@AnonymousAllowed
class SubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CalendarFeeds feeds;
    private final Div result = new Div();
    private String manageToken;

    SubscribeView(CalendarFeeds feeds) {
        this.feeds = feeds;
        addClassName("ot-page");
        var create = new Button(getTranslation("calendar.subscribe.create"), e -> create());
        create.setId("subscribe-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var revoke = new Button(getTranslation("calendar.subscribe.revoke"), e -> revoke());
        revoke.setId("subscribe-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        result.setId("subscribe-result");
        add(new H2(getTranslation("calendar.subscribe.title")), new Paragraph(getTranslation("calendar.subscribe.intro")),
                new Div(create, revoke), result, new Anchor("sessies", getTranslation("calendar.subscribe.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        manageToken = event.getRouteParameters().get("token").orElse("");
    }

    private void create() {
        result.removeAll();
        var token = feeds.createParticipantFeed(manageToken);
        if (token.isEmpty()) {
            result.add(new Paragraph(getTranslation("calendar.subscribe.unknown")));
            return;
        }
        result.add(FeedLinkBox.of(feeds.privateFeedUrl(token.get()), this::getTranslation));
    }

    private void revoke() {
        result.removeAll();
        int revoked = feeds.revokeParticipantFeeds(manageToken);
        Notification.show(getTranslation("calendar.subscribe.revoked", revoked), 5000, Notification.Position.BOTTOM_START);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.subscribe.title");
    }

    /** The link, shown once: to copy, or to open with a calendar app (webcal). */
    static final class FeedLinkBox {

        private FeedLinkBox() {
        }

        static Div of(String url, java.util.function.Function<String, String> text) {
            var field = new TextField(text.apply("calendar.subscribe.link"));
            field.setId("feed-url");
            field.setValue(url);
            field.setReadOnly(true);
            field.setWidthFull();
            var webcal = new Anchor();
            webcal.setText(text.apply("calendar.subscribe.open"));
            // webcal:// opens the calendar app; the address is our own, built from the base URL.
            webcal.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
            webcal.setId("feed-webcal");
            var box = new Div(field, new Paragraph(webcal), new Paragraph(text.apply("calendar.subscribe.once")));
            box.addClassName("ot-notice");
            return box;
        }
    }
}
