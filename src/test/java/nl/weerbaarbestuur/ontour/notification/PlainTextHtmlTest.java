package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextHtmlTest {

    @Test
    void paragraphs_lines_and_links_become_html() {
        var html = PlainTextHtml.of("Beste Anna,\n\nBevestig via:\nhttps://ontour.example.nl/bevestigen/abc_DEF-1.\n\nGroet", "nl");

        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"nl\">")
                .contains("<p>Beste Anna,</p>")
                .contains("<p>Bevestig via:<br><a href=\"https://ontour.example.nl/bevestigen/abc_DEF-1\">https://ontour.example.nl/bevestigen/abc_DEF-1</a>.</p>")
                .contains("<p>Groet</p>");
    }

    @Test
    void markup_in_names_or_titles_is_shown_as_text() {
        var html = PlainTextHtml.of("Beste <script>alert('x')</script> & \"co\",\n\nZie https://x.nl/?a=1&b=<2>", "en");

        assertThat(html).contains("lang=\"en\"")
                .contains("Beste &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;,")
                .contains("<a href=\"https://x.nl/?a=1&amp;b=\">https://x.nl/?a=1&amp;b=</a>&lt;2&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void mailto_links_are_clickable_too() {
        assertThat(PlainTextHtml.of("Mail mailto:team@example.nl gerust.", "nl"))
                .contains("<a href=\"mailto:team@example.nl\">mailto:team@example.nl</a> gerust.");
    }
}
