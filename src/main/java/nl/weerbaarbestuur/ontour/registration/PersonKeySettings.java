package nl.weerbaarbestuur.ontour.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret of the person keys ({@link PersonKeys}). Under {@code ontour.privacy} because operators
 * set it with the other privacy secrets ({@code ONTOUR_PERSON_KEY_SECRET}); read only here.
 *
 * @param personKeySecret the secret of the person keys, kept outside the database (empty: one is generated once and kept in the database)
 */
@ConfigurationProperties("ontour.privacy")
record PersonKeySettings(@DefaultValue("") String personKeySecret) {
}
