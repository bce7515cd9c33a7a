package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextHtmlTest {

    private static final List<String> OWN = List.of("https://ontour.example.nl");

    @Test
    void paragraphs_lines_and_links_become_html() {
        var html = PlainTextHtml.of("Beste Anna,\n\nBevestig via:\nhttps://ontour.example.nl/bevestigen/abc_DEF-1.\n\nGroet", "nl", OWN);

        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"nl\">")
                .contains("<p>Beste Anna,</p>")
                .contains("<p>Bevestig via:<br><a href=\"https://ontour.example.nl/bevestigen/abc_DEF-1\">https://ontour.example.nl/bevestigen/abc_DEF-1</a>.</p>")
                .contains("<p>Groet</p>");
    }

    @Test
    void markup_in_names_or_titles_is_shown_as_text() {
        var html = PlainTextHtml.of("Beste <script>alert('x')</script> & \"co\",\n\nZie https://ontour.example.nl/?a=1&b=<2>", "en", OWN);

        assertThat(html).contains("lang=\"en\"")
                .contains("Beste &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;,")
                .contains("<a href=\"https://ontour.example.nl/?a=1&amp;b=\">https://ontour.example.nl/?a=1&amp;b=</a>&lt;2&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void a_web_address_in_user_text_is_never_made_a_link() {
        var html = PlainTextHtml.of("Beste Klik hier: https://evil.example/login,\n\nUw opmerking: zie https://ontour.example.nl.evil.example/x"
                + " en mailto:boef@evil.example\n\nBeheer: https://ontour.example.nl/mijn/abc", "nl", OWN);

        assertThat(html).contains("Klik hier: https://evil.example/login,")
                .doesNotContain("href=\"https://evil.example")
                .doesNotContain("href=\"https://ontour.example.nl.evil.example")
                .doesNotContain("href=\"mailto:")
                .contains("<a href=\"https://ontour.example.nl/mijn/abc\">");
        assertThat(html.split("<a ", -1)).hasSize(2);
    }

    @Test
    void without_known_prefixes_nothing_becomes_a_link() {
        assertThat(PlainTextHtml.of("Mail mailto:team@example.nl of https://x.nl gerust.", "nl")).doesNotContain("<a ");
    }
}
