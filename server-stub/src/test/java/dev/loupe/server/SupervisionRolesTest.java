package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ApiError;
import dev.loupe.core.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may call the stats, feedback and model routes: 401 without a token, 403 for a role not allowed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionRolesTest {
    @TempDir
    static Path temp;
    TestServer server;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeAll
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        for (Role role : Role.values()) {
            tokens.put(role, role == Role.ADMIN ? server.admin() : server.server.users().issueToken(role.wire(), role));
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} is for {2}")
    @CsvSource({
        "GET,  /api/v1/stats,                                 supervisors",
        "GET,  /api/v1/feedback,                              supervisors",
        "GET,  /api/v1/models,                                everyone",
        "GET,  /api/v1/models/fields/versions,                everyone",
        "GET,  /api/v1/models/fields/versions/1,              everyone",
        "PUT,  /api/v1/models/fields/versions/1,              admins",
        "GET,  /api/v1/models/fields/versions/1/file,         everyone",
        "PUT,  /api/v1/models/fields/versions/1/file,         admins",
        "GET,  /api/v1/models/fields/current,                 everyone",
        "POST, /api/v1/models/fields/current,                 admins"})
    void eachRouteRefusesWhoMayNotCallIt(String method, String path, String who) {
        Set<Role> allowed = switch (who) {
            case "supervisors" -> Access.SUPERVISORS;
            case "admins" -> Access.ADMINS;
            default -> Access.EVERYONE;
        };

        HttpResponse<String> anonymous = call(method, path, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(TestServer.read(anonymous, ApiError.class).error()).isEqualTo("unauthorized");
        for (Role role : Role.values()) {
            HttpResponse<String> response = call(method, path, tokens.get(role));
            if (allowed.contains(role)) {
                assertThat(response.statusCode()).as(role + ": " + response.body()).isNotIn(401, 403);
            } else {
                assertThat(response.statusCode()).as(role + ": " + response.body()).isEqualTo(403);
                assertThat(TestServer.read(response, ApiError.class).message()).contains(role.wire());
            }
        }
    }

    private HttpResponse<String> call(String method, String path, String token) {
        HttpRequest.BodyPublisher body = method.equals("GET")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
        return TestServer.send(server.request(path, token).method(method, body));
    }
}
