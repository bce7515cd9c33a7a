package nl.weerbaarbestuur.ontour.notification;

import com.samskivert.mustache.Mustache;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of the e-mails: an organiser's own template where one is saved, otherwise the default
 * from the {@code mail} bundle. Templates are logic-less Mustache ({@code {{naam}}}, and
 * {@code {{#waar}}...{{/waar}}} for a part shown only when the value is not empty); they can name
 * only their type's placeholders, cannot include other templates and cannot call code. A template
 * is checked by rendering it on a sample when it is saved, so sending never meets a broken one.
 */
@Service
public class MailTemplates {

    private static final Logger log = LoggerFactory.getLogger(MailTemplates.class);
    /** Any Mustache tag: its sigil (#, ^, /, &, {, >, !, =) and its name. */
    private static final Pattern TAG = Pattern.compile("\\{\\{(\\{?)\\s*([#^/&>!=]?)\\s*([^}]*?)\\s*}}(}?)");
    private static final Mustache.Compiler MUSTACHE = Mustache.compiler()
            .escapeHTML(false)
            .emptyStringIsFalse(true)
            .standardsMode(false) // parent lookups in sections; names are whitelisted, so no "naam.bytes" calls
            .withLoader(name -> {
                throw new IllegalArgumentException("partials are not allowed: " + name);
            });

    private final MailTemplateRepository templates;
    private final MailOutbox outbox;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    MailTemplates(MailTemplateRepository templates, MailOutbox outbox, Translations translations,
                  CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A template's text as the editor shows it; {@code customised} tells whether it replaces the default. */
    public record TemplateText(MailType type, String language, String subject, String body, boolean customised) {
    }

    /**
     * The e-mail of this type in this language with these values. Never fails: should a saved
     * template no longer render (it was checked when saved), the default text is used.
     */
    @Transactional(readOnly = true)
    public MailContent render(MailType type, String language, Map<String, String> given) {
        var lang = normalise(language);
        var values = new LinkedHashMap<String, String>();
        type.placeholders().forEach(name -> values.put(name, ""));
        given.forEach((name, value) -> values.put(name, value == null ? "" : value));
        var saved = templates.findByTypeAndLanguage(type, lang);
        if (saved.isPresent()) {
            try {
                return renderChecked(type, saved.get().getSubject(), saved.get().getBody(), values);
            } catch (RuntimeException e) { // also InvalidInputException
                log.warn("Saved {} template ({}) did not render, the default is used: {}", type, lang, e.toString());
            }
        }
        var fallback = defaults(type, lang);
        return renderChecked(type, fallback.subject(), fallback.body(), values);
    }

    /** What the editor starts from: the saved template, or the default. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public TemplateText current(MailType type, String language) {
        var lang = normalise(language);
        return templates.findByTypeAndLanguage(type, lang)
                .map(t -> new TemplateText(type, lang, t.getSubject(), t.getBody(), true))
                .orElseGet(() -> defaults(type, lang));
    }

    /** The template rendered on sample values, or field errors saying what is wrong with it. */
    @RolesAllowed(Role.Names.ORGANISER)
    public MailContent preview(MailType type, String language, String subject, String body) {
        return renderChecked(type, subject, body, sample(type, normalise(language)));
    }

    /** Saves the organiser's own text after checking it renders; refused with field errors otherwise. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void save(MailType type, String language, String subject, String body) {
        var lang = normalise(language);
        preview(type, lang, subject, body);
        var by = currentUser.require().email();
        var now = clock.instant();
        var template = templates.findByTypeAndLanguage(type, lang).map(saved -> {
            saved.change(subject.strip(), body.strip(), by, now);
            return saved;
        }).orElseGet(() -> new MailTemplate(type, lang, subject.strip(), body.strip(), by, now));
        templates.save(template);
        log.info("{} template ({}) changed by account {}", type, lang, currentUser.require().id());
    }

    /** Back to the default text. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void reset(MailType type, String language) {
        templates.findByTypeAndLanguage(type, normalise(language)).ifPresent(templates::delete);
    }

    /** Sends the template, rendered on the sample, to the organiser who asks; returns the address. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public String sendTest(MailType type, String language, String subject, String body) {
        var lang = normalise(language);
        var content = preview(type, lang, subject, body);
        var me = currentUser.require().email();
        outbox.enqueue(new OutgoingMessage("template-test:" + UUID.randomUUID(), "TEMPLATE_TEST", lang, me,
                "[TEST] " + content.subject(), content.text()));
        return me;
    }

    /** Sample values for the placeholders of a type, as the preview uses them. */
    public Map<String, String> sample(MailType type, String language) {
        var locale = Locale.forLanguageTag(normalise(language));
        var values = new LinkedHashMap<String, String>();
        for (var name : type.placeholders()) {
            values.put(name, translations.getTranslation("mail.sample." + name, locale));
        }
        return values;
    }

    private TemplateText defaults(MailType type, String lang) {
        var locale = Locale.forLanguageTag(lang);
        return new TemplateText(type, lang, translations.getTranslation("mail.template." + type.name() + ".subject", locale),
                translations.getTranslation("mail.template." + type.name() + ".body", locale), false);
    }

    private MailContent renderChecked(MailType type, String subject, String body, Map<String, String> values) {
        var errors = new ArrayList<FieldError>();
        check(errors, "subject", subject, MailTemplate.SUBJECT_MAX, type);
        check(errors, "body", body, MailTemplate.BODY_MAX, type);
        String renderedSubject = null;
        String renderedBody = null;
        if (errors.isEmpty()) {
            renderedSubject = execute(errors, "subject", subject, values);
            renderedBody = execute(errors, "body", body, values);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // No errors: both were rendered.
        return new MailContent(Objects.requireNonNull(renderedSubject).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(), Objects.requireNonNull(renderedBody));
    }

    private static void check(List<FieldError> errors, String field, @Nullable String text, int max, MailType type) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "field.required"));
            return;
        }
        if (text.length() > max) {
            errors.add(new FieldError(field, "field.too-long", max));
            return;
        }
        var tags = TAG.matcher(text);
        while (tags.find()) {
            var sigil = tags.group(2);
            var name = tags.group(3);
            if (sigil.equals("!")) {
                continue;
            }
            if (sigil.equals(">") || sigil.equals("=")) {
                errors.add(new FieldError(field, "mail.template.error.tag", tags.group()));
                return;
            }
            if (!type.placeholders().contains(name)) {
                errors.add(new FieldError(field, "mail.template.error.unknown", name, String.join(", ", type.placeholders())));
                return;
            }
        }
    }

    private static @Nullable String execute(List<FieldError> errors, String field, String text, Map<String, String> values) {
        try {
            return MUSTACHE.compile(text).execute(values);
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "mail.template.error.syntax", e.getMessage() == null ? e.toString() : e.getMessage()));
            return null;
        }
    }

    private static String normalise(String language) {
        return "en".equalsIgnoreCase(language) ? "en" : "nl";
    }
}
