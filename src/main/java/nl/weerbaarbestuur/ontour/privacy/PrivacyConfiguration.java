package nl.weerbaarbestuur.ontour.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RetentionSettings.class, PrivacyContact.class})
class PrivacyConfiguration {
}
