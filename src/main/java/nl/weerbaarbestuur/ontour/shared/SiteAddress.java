package nl.weerbaarbestuur.ontour.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the public reaches the application: the one owner of {@code ontour.base-url}
 * ({@code ONTOUR_BASE_URL}), the start of every link in a mail, a calendar file or a page. The
 * trailing slash is dropped here, once, so every module writes {@code baseUrl() + "/path"}.
 *
 * <p>Its default, {@code http://localhost:${server.port}}, is in {@code application.properties}:
 * a default that follows another setting cannot be written in the record.
 *
 * @param baseUrl the public address of the application, such as {@code https://ontour.example.nl}: the start of every link in a mail (confirm, manage), calendar file or page (default: {@code http://localhost:} and the server port)
 */
@Validated
@ConfigurationProperties("ontour")
public record SiteAddress(
        @NotBlank
        @Pattern(regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?", message = "must be an http(s) address without query, such as https://ontour.example.nl")
        String baseUrl) {

    public SiteAddress {
        baseUrl = baseUrl == null ? null : baseUrl.strip().replaceAll("/+$", "");
    }

    /** The address of a path on this site; {@code path} starts with a slash. */
    public String link(String path) {
        return baseUrl + path;
    }
}
