package nl.weerbaarbestuur.ontour.shared;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the public reaches the people behind the site: the one owner of {@code ontour.contact-email}
 * ({@code ONTOUR_CONTACT_EMAIL}), shown in every page's footer and in the accessibility statement.
 *
 * @param contactEmail the address visitors write to with questions or accessibility problems, shown in the footer of every page and in the accessibility statement
 */
@Validated
@ConfigurationProperties("ontour")
public record SiteContact(@NotBlank @Email @DefaultValue("ontour@weerbaarbestuur.nl") String contactEmail) {
}
