package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, or (to someone without access) one that must not be revealed. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("ot-page");
        addClassName("ot-error");
        var title = new H2(getTranslation("error.not-found.title"));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation("error.not-found.text")));
        if (event.getLocation().getPath().startsWith("sessies/")) {
            // Mails and calendar entries link the session page; a closed (besloten) session has none.
            // Said for every unknown session, so it reveals nothing about which ones exist.
            var hint = new Paragraph(getTranslation("error.not-found.session-hint"));
            hint.setId("error-session-hint");
            add(hint);
        }
        add(new Anchor("", getTranslation("error.to-home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The window title and the header: in the user's language, never the class name. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
