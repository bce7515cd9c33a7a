package nl.weerbaarbestuur.ontour.notification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplate, Long> {

    Optional<MailTemplate> findByTypeAndLanguage(MailType type, String language);
}
