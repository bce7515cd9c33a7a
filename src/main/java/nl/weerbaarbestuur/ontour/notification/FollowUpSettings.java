package nl.weerbaarbestuur.ontour.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The contact points a mail may point to ({@code ontour.follow-up.*}): the follow-up after a session
 * names them (reminder module), and the outbox turns the feedback address into a link like the
 * site's own. Kept here because the outbox needs it and the reminder module already depends on this
 * one (not the other way round).
 *
 * @param feedbackUrl the feedback address in the follow-up the day after a session (empty: the tour's mailbox)
 * @param supportContact the support contact (Ondersteuningsteam, vertrouwenspersonen) in the follow-up (empty: the tour's mailbox)
 */
@Validated
@ConfigurationProperties("ontour.follow-up")
public record FollowUpSettings(@DefaultValue("") String feedbackUrl, @DefaultValue("") String supportContact) {
}
