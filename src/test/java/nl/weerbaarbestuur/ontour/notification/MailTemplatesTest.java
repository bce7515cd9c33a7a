package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Organisers' templates: checked when saved, used when sending, never able to break a send. */
@SpringBootTest
class MailTemplatesTest {

    private static final Map<String, String> ANNA = Map.of("naam", "Anna", "sessie", "Weerbaar", "wanneer", "morgen",
            "waar", "", "sessielink", "https://x/sessies/1", "tour", "Tour 2027");

    @Autowired MailTemplates templates;
    @Autowired MailTemplateRepository repository;
    @Autowired MailOutbox outbox;

    @AfterEach
    void clean() {
        repository.deleteAll();
        SignInAs.nobody();
    }

    private static void asOrganiser(Runnable action) {
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            action.run();
            return null;
        });
    }

    @Test
    void without_a_saved_template_the_default_text_is_used_in_the_participants_language() {
        var dutch = templates.render(MailType.REMINDER, "nl", ANNA);
        var english = templates.render(MailType.REMINDER, "en", ANNA);

        assertThat(dutch.subject()).isEqualTo("Herinnering: Weerbaar, morgen");
        assertThat(dutch.text()).startsWith("Beste Anna,").contains("https://x/sessies/1").endsWith("Tour 2027");
        assertThat(english.subject()).isEqualTo("Reminder: Weerbaar, morgen");
        assertThat(dutch.text()).as("an empty optional part leaves no line").doesNotContain("\n\n\n");
    }

    @Test
    void a_saved_template_replaces_the_default_for_its_language_only_and_reset_brings_it_back() {
        asOrganiser(() -> templates.save(MailType.REMINDER, "nl", "Denk aan {{sessie}}",
                "Hallo {{naam}},\n{{#waar}}Waar: {{waar}}\n{{/waar}}Tot {{wanneer}}!"));

        var mail = templates.render(MailType.REMINDER, "nl", ANNA);
        assertThat(mail.subject()).isEqualTo("Denk aan Weerbaar");
        assertThat(mail.text()).isEqualTo("Hallo Anna,\nTot morgen!");
        assertThat(templates.render(MailType.REMINDER, "nl", Map.of("naam", "Bo", "waar", "Zaal 1")).text())
                .isEqualTo("Hallo Bo,\nWaar: Zaal 1\nTot !");
        assertThat(templates.render(MailType.REMINDER, "en", ANNA).subject()).startsWith("Reminder:");

        asOrganiser(() -> templates.reset(MailType.REMINDER, "nl"));
        assertThat(templates.render(MailType.REMINDER, "nl", ANNA).subject()).startsWith("Herinnering:");
    }

    @Test
    void values_are_put_in_as_text_and_never_read_as_template() {
        var mail = templates.render(MailType.REMINDER, "nl", Map.of("naam", "{{sessie}} <script>alert(1)</script>",
                "sessie", "Weerbaar"));
        assertThat(mail.text()).startsWith("Beste {{sessie}} <script>alert(1)</script>,");
    }

    @Test
    void a_template_naming_an_unknown_field_is_refused_when_saved_with_a_dutch_message() {
        asOrganiser(() -> assertThatThrownBy(() -> templates.save(MailType.REMINDER, "nl", "Hoi", "Beste {{voornaam}}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("body");
                        assertThat(error.messageKey()).isEqualTo("mail.template.error.unknown");
                        assertThat(error.arguments()).contains("voornaam");
                    });
                }));
        assertThat(repository.count()).isZero();
    }

    @Test
    void partials_delimiter_changes_broken_sections_and_empty_texts_are_refused() {
        asOrganiser(() -> {
            assertThatThrownBy(() -> templates.save(MailType.REMINDER, "nl", "Hoi", "{{> /etc/passwd}}"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("mail.template.error.tag"));
            assertThatThrownBy(() -> templates.save(MailType.REMINDER, "nl", "Hoi", "{{=<% %>=}}<% naam %>"))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> templates.save(MailType.REMINDER, "nl", "Hoi", "{{#waar}}open zonder einde"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("mail.template.error.syntax"));
            assertThatThrownBy(() -> templates.save(MailType.REMINDER, "nl", " ", "tekst"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().getFirst().field()).isEqualTo("subject"));
            assertThatThrownBy(() -> templates.save(MailType.REMINDER, "nl", "Hoi", "x".repeat(6001)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("field.too-long"));
        });
        assertThat(repository.count()).isZero();
    }

    @Test
    void the_preview_uses_the_sample_and_a_test_goes_to_the_organiser_who_asks() {
        var me = SignInAs.withoutAccount(Role.ORGANISER);
        SignInAs.as(me, () -> {
            var preview = templates.preview(MailType.WAITLISTED, "nl", "Wachtlijst {{sessie}}", "Plaats {{positie}}");
            assertThat(preview.subject()).isEqualTo("Wachtlijst Weerbaar in de Staten");
            assertThat(preview.text()).isEqualTo("Plaats 3");

            var to = templates.sendTest(MailType.WAITLISTED, "nl", "Wachtlijst {{sessie}}", "Plaats {{positie}}");
            assertThat(to).isEqualTo(me.email());
            assertThat(outbox.search(new MailOutbox.LogFilter(null, "TEMPLATE_TEST", me.email()), 0, 1000)).anySatisfy(m -> {
                assertThat(m.getRecipient()).isEqualTo(me.email());
                assertThat(m.getSubject()).isEqualTo("[TEST] Wachtlijst Weerbaar in de Staten");
            });
            return null;
        });
    }

    @Test
    void only_organisers_edit_templates() {
        SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE), () -> {
            assertThatThrownBy(() -> templates.save(MailType.REMINDER, "nl", "Hoi", "Hoi {{naam}}"))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void every_default_template_renders_on_its_sample_in_both_languages() {
        asOrganiser(() -> {
            for (var type : MailType.values()) {
                for (var language : new String[]{"nl", "en"}) {
                    var text = templates.current(type, language);
                    assertThat(text.customised()).isFalse();
                    var preview = templates.preview(type, language, text.subject(), text.body());
                    assertThat(preview.text()).as(type + " " + language).doesNotContain("{{").isNotBlank();
                }
            }
        });
    }
}
