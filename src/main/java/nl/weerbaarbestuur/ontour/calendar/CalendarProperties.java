package nl.weerbaarbestuur.ontour.calendar;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.shared.PositiveDuration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The calendar module's settings ({@code ontour.calendar.*}), as bound; {@link CalendarSettings}
 * adds the site address and the rules that read them.
 *
 * @param organizer the ORGANIZER of an invite when a tour has no mailbox of its own (a leading mailto: is dropped)
 * @param organizerName the ORGANIZER's display name, for every tour
 * @param alarm the reminder inside the invite: evening-before (18:00 Dutch time the day before), none, or an ISO duration before the start such as PT2H
 * @param updateDelay how long a session must stay unchanged before the updated invites go out, so several edits give one update per participant
 */
@Validated
@ConfigurationProperties("ontour.calendar")
record CalendarProperties(@NotBlank @Email @DefaultValue("ontour@weerbaarbestuur.nl") String organizer,
                          @NotBlank @DefaultValue("Weerbaar Bestuur On Tour") String organizerName,
                          @Pattern(regexp = "(?i)|evening-before|none|P(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?",
                                  message = "must be evening-before, none or a duration such as PT2H")
                          @DefaultValue("evening-before") String alarm,
                          @PositiveDuration @DefaultValue("PT5M") Duration updateDelay) {

    CalendarProperties {
        organizer = organizer == null ? null : organizer.strip().replaceFirst("(?i)^mailto:", "");
        alarm = alarm == null ? "" : alarm.strip();
    }
}
