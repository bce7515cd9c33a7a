package nl.weerbaarbestuur.ontour.registration;

import java.util.Locale;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.PublicSession;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a registration, in the participant's language, handed to the outbox inside the
 * registration's own transaction. The links carry the secret tokens; nothing else in a mail
 * names other participants.
 */
@Component
class RegistrationMails {

    private final MailOutbox outbox;
    private final Translations translations;
    private final String baseUrl;

    RegistrationMails(MailOutbox outbox, Translations translations,
                      @Value("${ontour.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.outbox = outbox;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void confirmYourRegistration(Registration registration, PublicSession session, String confirmationToken,
                                 String manageToken) {
        var locale = Locale.forLanguageTag(registration.getLanguage());
        outbox.enqueue(new OutgoingMessage("registration-confirm:" + registration.getId(), "REGISTRATION_CONFIRM",
                registration.getLanguage(), registration.getEmail(),
                translations.getTranslation("mail.confirm.subject", locale, session.title()),
                translations.getTranslation("mail.confirm.body", locale, registration.getFullName(), session.title(),
                        DutchTime.period(session.startsAt(), session.endsAt(), locale),
                        baseUrl + "/bevestigen/" + confirmationToken, baseUrl + "/mijn/" + manageToken)));
    }

    /** Someone asked again with the same address: only the owner of the mailbox gets the (new) manage link. */
    void manageLinkAgain(Registration registration, PublicSession session, String manageToken, long nonce) {
        var locale = Locale.forLanguageTag(registration.getLanguage());
        outbox.enqueue(new OutgoingMessage("registration-manage:" + registration.getId() + ":" + nonce, "REGISTRATION_MANAGE_LINK",
                registration.getLanguage(), registration.getEmail(),
                translations.getTranslation("mail.manage.subject", locale, session.title()),
                translations.getTranslation("mail.manage.body", locale, registration.getFullName(), session.title(),
                        baseUrl + "/mijn/" + manageToken)));
    }
}
