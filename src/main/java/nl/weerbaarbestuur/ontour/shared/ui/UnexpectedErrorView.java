package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected: the user sees a calm message with a reference to quote; the stack trace
 * goes to the log under that reference, never to the page.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error on '{}' (reference {})", nl.weerbaarbestuur.ontour.shared.LogSafe.path(event.getLocation().getPath()), reference,
                parameter.getCaughtException());
        removeAll();
        addClassName("ot-page");
        addClassName("ot-error");
        var title = new H2(getTranslation("error.unexpected.title"));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation("error.unexpected.text", reference)),
                new Anchor("", getTranslation("error.to-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The window title and the header: in the user's language, never the class name. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.title");
    }
}
