package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in as a browser (the form at POST /login, session cookie) and as a script (HTTP Basic)
 * does it, over real HTTP against the running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PasswordResets resets;
    @Autowired
    AccountSessions sessions;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext webServer;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private long id;
    private String email;
    private String password;

    @BeforeEach
    void an_organiser_creates_an_account() {
        throttle.clear();
        SignInAs.role(Role.ORGANISER);
        email = TestAccounts.uniqueEmail("griffie.zeeland");
        var created = accounts.create(email, "Gijs Griffie", Role.ORGANISER, Set.of());
        id = created.account().getId();
        password = created.initialPassword();
        SignInAs.nobody();
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    /** Posts the sign-in form; returns the response (its session cookie, if any, via {@link #cookie}). */
    private HttpResponse<String> postLogin(String username, String password, String... headers) throws Exception {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(origin() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_griffie_lands_on_its_own_start_page_and_an_organiser_on_the_overview() throws Exception {
        SignInAs.role(Role.ORGANISER);
        var griffieEmail = TestAccounts.uniqueEmail("griffie.landing");
        var griffie = accounts.create(griffieEmail, "Greet Griffie", Role.GRIFFIE, Set.of("ZE"));
        SignInAs.nobody();

        var response = postLogin(griffieEmail, griffie.initialPassword(), "Origin", origin(), "Sec-Fetch-Site", "same-origin");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/griffie");
        assertThat(signInAsABrowser()).isNotBlank();
    }

    private String signInAsABrowser() throws Exception {
        var response = postLogin(email, password, "Origin", origin(), "Sec-Fetch-Site", "same-origin");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/overzicht");
        return cookie(response);
    }

    /**
     * A signed-in session lasts an hour without a request; a visitor's session a quarter of an hour,
     * kept alive while the tab is open by a heartbeat every minute (so the UIs of closed tabs go
     * after three minutes). Read from Tomcat's own session manager.
     */
    @Test
    void a_signed_in_session_lasts_an_hour_and_a_visitors_session_a_quarter_of_an_hour() throws Exception {
        assertThat(sessionSeconds(signInAsABrowser())).isEqualTo(3600);

        var page = http.send(HttpRequest.newBuilder(URI.create(origin() + "/sessies")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var visitor = cookie(page);
        assertThat(visitor).as("a visitor gets a session").isNotNull();
        var init = http.send(HttpRequest.newBuilder(URI.create(origin() + "/?v-r=init&location=sessies&query="))
                .header("Cookie", visitor).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionSeconds(visitor)).isEqualTo(900);
        assertThat(init.body()).contains("\"heartbeatInterval\":60");
    }

    private int sessionSeconds(String cookie) throws Exception {
        var id = cookie.substring("JSESSIONID=".length());
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) webServer.getWebServer()).getTomcat();
        for (var context : tomcat.getHost().findChildren()) {
            var session = ((org.apache.catalina.Context) context).getManager().findSession(id);
            if (session != null) {
                return session.getMaxInactiveInterval();
            }
        }
        throw new AssertionError("Tomcat has no session " + id);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse(null);
    }

    /** Whether the session behind this cookie is signed in: the staff overview opens rather than redirecting to sign-in. */
    private boolean signedIn(String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(origin() + "/overzicht")).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200;
    }

    // --- Status of a page the role may not open (issue 11: it answered 200)

    @Test
    void a_signed_in_griffie_opening_the_user_administration_gets_403_and_an_organiser_200() throws Exception {
        SignInAs.role(Role.ORGANISER);
        var griffieEmail = TestAccounts.uniqueEmail("griffie.utrecht");
        var griffie = accounts.create(griffieEmail, "Greet Griffie", Role.GRIFFIE, Set.of("UT"));
        SignInAs.nobody();
        var signedIn = postLogin(griffieEmail, griffie.initialPassword(), "Origin", origin(), "Sec-Fetch-Site", "same-origin");
        assertThat(signedIn.statusCode()).isEqualTo(302);

        var asGriffie = http.send(HttpRequest.newBuilder(URI.create(origin() + "/beheer/gebruikers"))
                .header("Cookie", cookie(signedIn)).GET().build(), HttpResponse.BodyHandlers.ofString());
        var asOrganiser = http.send(HttpRequest.newBuilder(URI.create(origin() + "/beheer/gebruikers"))
                .header("Cookie", signInAsABrowser()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(asGriffie.statusCode()).isEqualTo(403);
        assertThat(asOrganiser.statusCode()).isEqualTo(200);
    }

    // --- Login CSRF

    @Test
    void a_sign_in_posted_from_another_site_is_refused_even_with_the_right_password() throws Exception {
        var response = postLogin(email, password, "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(signedIn(cookie(response))).isFalse();
    }

    @Test
    void a_same_origin_sign_in_under_the_no_referrer_policy_works_though_its_origin_reads_null() throws Exception {
        // Referrer-Policy: no-referrer makes a browser send "Origin: null" with a same-origin form POST.
        var response = postLogin(email, password, "Origin", "null", "Sec-Fetch-Site", "same-origin");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(signedIn(cookie(response))).isTrue();
    }

    @Test
    void a_sign_in_with_a_null_origin_and_no_fetch_metadata_is_refused() throws Exception {
        var response = postLogin(email, password, "Origin", "null");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(signedIn(cookie(response))).isFalse();
    }

    @Test
    void a_sign_in_with_a_foreign_origin_alone_is_refused_too() throws Exception {
        var response = postLogin(email, password, "Origin", "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(signedIn(cookie(response))).isFalse();
    }

    @Test
    void a_sign_in_from_the_own_sign_in_page_works() throws Exception {
        var cookie = signInAsABrowser();

        assertThat(signedIn(cookie)).isTrue();
        assertThat(sessions.openSessions(id)).isEqualTo(1);
    }

    // --- Sessions end with deactivation and new passwords

    @Test
    void deactivating_an_account_ends_its_open_sessions_at_once() throws Exception {
        var laptop = signInAsABrowser();
        var phone = signInAsABrowser();
        assertThat(signedIn(laptop)).isTrue();
        assertThat(signedIn(phone)).isTrue();

        SignInAs.role(Role.ORGANISER);
        accounts.deactivate(id);
        SignInAs.nobody();

        assertThat(signedIn(laptop)).isFalse();
        assertThat(signedIn(phone)).isFalse();
        assertThat(sessions.openSessions(id)).isZero();
    }

    @Test
    void a_password_reset_by_an_organiser_ends_the_open_sessions() throws Exception {
        var laptop = signInAsABrowser();

        SignInAs.role(Role.ORGANISER);
        accounts.resetPassword(id);
        SignInAs.nobody();

        assertThat(signedIn(laptop)).isFalse();
    }

    @Test
    void a_password_set_through_a_reset_link_ends_every_session_of_the_account() throws Exception {
        var laptop = signInAsABrowser();
        var phone = signInAsABrowser();
        var link = resets.issue(email).orElseThrow();

        resets.reset(link.token(), "A-brand-new-password-2027", "192.0.2.44");

        assertThat(signedIn(laptop)).isFalse();
        assertThat(signedIn(phone)).isFalse();
        password = "A-brand-new-password-2027";
        assertThat(signedIn(signInAsABrowser())).as("the new password works").isTrue();
    }

    @Test
    void other_accounts_keep_their_sessions() throws Exception {
        var mine = signInAsABrowser();
        var ownId = id;
        an_organiser_creates_an_account();
        var other = signInAsABrowser();

        SignInAs.role(Role.ORGANISER);
        accounts.deactivate(ownId);
        SignInAs.nobody();

        assertThat(signedIn(mine)).isFalse();
        assertThat(signedIn(other)).isTrue();
    }

    // --- Wachtwoord vergeten

    @Test
    void the_password_reset_pages_open_without_signing_in() throws Exception {
        for (var path : new String[] {"/wachtwoord-vergeten", "/wachtwoord-herstellen/some-token"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create(origin() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }

    // --- Look-alike letters over HTTP Basic

    @Test
    void http_basic_with_a_dotless_i_in_the_address_is_refused() throws Exception {
        assertThat(basic("/api/v1/tours", email, password)).isEqualTo(200);

        assertThat(basic("/api/v1/tours", email.replace('i', '\u0131'), password)).isEqualTo(401);
        assertThat(basic("/actuator/info", email.replace('i', '\u0131'), password)).isEqualTo(401);
    }

    @Test
    void the_sign_in_form_with_a_dotless_i_in_the_address_is_refused() throws Exception {
        var response = postLogin(email.replace('i', '\u0131'), password, "Origin", origin());

        assertThat(response.headers().firstValue("Location")).get().asString().contains("/login?error");
        assertThat(signedIn(cookie(response))).isFalse();
    }

    private int basic(String path, String username, String password) throws Exception {
        var credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(origin() + path)).header("Authorization", "Basic " + credentials).GET();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
