package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in user opened a page of another role: say so plainly, without detail. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("ot-page");
        addClassName("ot-error");
        var title = new H2(getTranslation("error.access-denied.title"));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation("error.access-denied.text")), new Anchor("", getTranslation("error.to-home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The window title and the header: in the user's language, never the class name. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.access-denied.title");
    }
}
