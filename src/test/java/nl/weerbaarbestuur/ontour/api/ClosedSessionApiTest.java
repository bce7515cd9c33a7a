package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A closed session (besloten) over real HTTP: absent from the public API, the public .ics download
 * and the public tour and province feeds; registrations only with the token of its current
 * invitation link.
 */
class ClosedSessionApiTest extends ApiTestSupport {

    @Autowired SessionInvitations invitations;

    private static Map<String, Object> form(String name, String invitation) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", name);
        body.put("email", name.toLowerCase().replace(' ', '.') + "@example.nl");
        body.put("function", "STATENLID");
        body.put("province", "FR");
        body.put("consent", true);
        if (invitation != null) {
            body.put("invitation", invitation);
        }
        return body;
    }

    private static String token(SessionInvitations.Invitation invitation) {
        return invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
    }

    @Test
    void a_closed_session_is_absent_from_the_public_api_the_ics_download_and_the_public_feeds() {
        long tour = newTour();
        var openBody = validSession(tour);
        long open = publishedSession(openBody);
        var closedBody = validSession(tour);
        long closed = publishedSession(closedBody);
        asOrganiser(() -> invitations.setClosed(closed, true));

        var list = get("/api/v1/sessions?tour=" + tour);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + open).doesNotContain("\"id\":" + closed)
                .doesNotContain((String) closedBody.get("title"));
        assertThat(get("/api/v1/sessions/" + open).status()).isEqualTo(200);
        assertThat(get("/api/v1/sessions/" + closed).status()).isEqualTo(404);

        assertThat(get("/agenda/sessie/" + open + ".ics").status()).isEqualTo(200);
        assertThat(get("/agenda/sessie/" + closed + ".ics").status()).isEqualTo(404);
        var tourFeed = get("/agenda/tour/" + tour + ".ics");
        assertThat(tourFeed.body()).contains((String) openBody.get("title")).doesNotContain((String) closedBody.get("title"));
        var provinceFeed = get("/agenda/provincie/FR.ics");
        assertThat(provinceFeed.body()).contains((String) openBody.get("title")).doesNotContain((String) closedBody.get("title"));
    }

    @Test
    void registering_for_a_closed_session_needs_its_current_invitation_token() {
        long closed = publishedSession(validSession(newTour()));
        var invitation = asOrganiser(() -> invitations.setClosed(closed, true));
        var path = "/api/v1/sessions/" + closed + "/registrations";

        assertThat(send("POST", path, form("Zonder Token", null)).status()).isEqualTo(404);
        assertThat(send("POST", path, form("Fout Token", "bestaat-niet-" + unique("x"))).status()).isEqualTo(404);
        var accepted = send("POST", path, form("Met Token", token(invitation)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        var renewed = asOrganiser(() -> invitations.renew(closed));
        assertThat(send("POST", path, form("Oud Token", token(invitation))).status()).as("the old link is dead").isEqualTo(404);
        assertThat(send("POST", path, form("Nieuw Token", token(renewed))).status()).isEqualTo(202);

        asOrganiser(() -> invitations.revoke(closed));
        assertThat(send("POST", path, form("Na Intrekken", token(renewed))).status()).isEqualTo(404);
    }
}
