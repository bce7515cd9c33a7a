package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import nl.weerbaarbestuur.ontour.planning.TrainerInviteAnswers;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * What the session's trainers answered to their calendar invite, under the form: a decline as a
 * warning (nothing was cancelled; the organiser picks another trainer if needed), the other answers
 * as a list. Hidden while nobody has answered.
 */
class TrainerAnswersPanel extends Div {

    private final TrainerInviteAnswers answers;

    TrainerAnswersPanel(TrainerInviteAnswers answers) {
        this.answers = answers;
        setId("trainer-answers");
        setVisible(false);
    }

    void show(long sessionId, LongFunction<String> trainerName) {
        removeAll();
        var given = answers.of(List.of(sessionId)).stream()
                .sorted(Comparator.comparing(a -> trainerName.apply(a.trainerId()))).toList();
        setVisible(!given.isEmpty());
        if (given.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("editor.trainer-answers.title")));
        for (var declined : given.stream().filter(a -> a.answer() == CalendarAnswer.DECLINED).toList()) {
            var warning = new Paragraph(getTranslation("editor.trainer-answers.declined", trainerName.apply(declined.trainerId())));
            warning.addClassNames("ot-notice", "ot-notice-warning");
            warning.getElement().setAttribute("data-trainer", String.valueOf(declined.trainerId()));
            add(warning);
        }
        var list = new UnorderedList();
        list.setId("trainer-answer-list");
        given.forEach(a -> list.add(new ListItem(getTranslation("editor.trainer-answers.line", trainerName.apply(a.trainerId()),
                getTranslation(a.answer().messageKey()), DutchTime.dateTime(a.answeredAt(), getLocale())))));
        add(list);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }
}
