package nl.weerbaarbestuur.ontour.planning;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The planning module's setting: the reminder days a new tour starts with (a tour can set its own).
 * Under {@code ontour.reminders}, the name operators know; the reminder job's own settings
 * ({@code interval}, {@code enabled}) stay with the reminder module.
 *
 * @param days days before a session on which participants get a reminder (with the invite again), comma-separated; a tour can set its own in its dialog; 0 means two hours before
 */
@Validated
@ConfigurationProperties("ontour.reminders")
record PlanningSettings(
        @Pattern(regexp = "\\s*\\d{1,3}\\s*(,\\s*\\d{1,3}\\s*)*", message = "must be a comma-separated list of days, such as 7,1")
        @DefaultValue("7,1") String days) {
}
