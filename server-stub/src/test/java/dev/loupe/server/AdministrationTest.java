package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.ApiError;
import dev.loupe.core.Identity;
import dev.loupe.core.IssuedToken;
import dev.loupe.core.ItemKind;
import dev.loupe.core.NewUser;
import dev.loupe.core.QueueSettings;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins add users, read who has access, and set up queues over the API. */
class AdministrationTest {
    private static final TypeReference<List<Identity>> USERS = new TypeReference<>() {};
    private static final TypeReference<List<QueueSummary>> QUEUES = new TypeReference<>() {};

    @TempDir
    Path temp;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> addUser(String body) {
        return server.post("/api/v1/users", server.admin(), body);
    }

    private HttpResponse<String> putQueue(String queue, String body) {
        return TestServer.send(server.request("/api/v1/queues/" + queue, server.admin())
                .PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    private static ApiError error(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo(code);
        return error;
    }

    @Test
    void anAddedUserGetsAWorkingTokenOnce() {
        HttpResponse<String> created = addUser(TestServer.json(new NewUser("ana", Role.QA)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        IssuedToken issued = TestServer.read(created, IssuedToken.class);
        assertThat(issued.name()).isEqualTo("ana");
        assertThat(issued.role()).isEqualTo(Role.QA);
        assertThat(TestServer.read(server.get("/api/v1/me", issued.token()), Identity.class))
                .isEqualTo(new Identity("ana", Role.QA));
    }

    @Test
    void addingAnExistingUserAgainReplacesTheirTokenAndRole() {
        IssuedToken first = TestServer.read(addUser(TestServer.json(new NewUser("ana", Role.REVIEWER))),
                IssuedToken.class);
        IssuedToken second = TestServer.read(addUser(TestServer.json(new NewUser("ana", Role.SUPERVISOR))),
                IssuedToken.class);

        assertThat(server.get("/api/v1/me", first.token()).statusCode()).isEqualTo(401);
        assertThat(TestServer.read(server.get("/api/v1/me", second.token()), Identity.class).role())
                .isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void theUserListHasNamesAndRolesButNoTokens() {
        addUser(TestServer.json(new NewUser("ben", Role.REVIEWER)));
        addUser(TestServer.json(new NewUser("ana", Role.SUPERVISOR)));

        HttpResponse<String> listed = server.get("/api/v1/users");

        assertThat(TestServer.read(listed, USERS)).containsExactly(new Identity("admin", Role.ADMIN),
                new Identity("ana", Role.SUPERVISOR), new Identity("ben", Role.REVIEWER));
        assertThat(listed.body()).doesNotContain("token").doesNotContain(server.admin());
    }

    @Test
    void aBadUserIs400WithASentence() {
        assertThat(error(addUser("{\"name\":\"../x\",\"role\":\"reviewer\"}"), 400, "invalid-user").message())
                .contains("not a usable user name");
        assertThat(error(addUser("{\"name\":\"admin\",\"role\":\"admin\"}"), 400, "invalid-user").message())
                .contains("admin.token");
        assertThat(error(addUser("{\"name\":\"ana\",\"role\":\"boss\"}"), 400, "invalid-json").message())
                .contains("role");
        error(addUser("{\"name\":\"ana\"}"), 400, "invalid-json");
    }

    @Test
    void aPutQueueCreatesItThenUpdatesItsSla() {
        HttpResponse<String> created = putQueue("fraud", "{\"slaMinutes\": 90}");
        HttpResponse<String> updated = putQueue("fraud", "{\"slaMinutes\": 30}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(TestServer.read(created, QueueSettings.class)).isEqualTo(new QueueSettings(90));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(TestServer.read(server.get("/api/v1/queues"), QUEUES)).extracting(QueueSummary::name)
                .containsExactly("fraud");
        WorkItem item = server.server.intake().addItem("fraud", ItemKind.DOCUMENT, 0, null, null, null);
        assertThat(item.slaDue()).isEqualTo(TestServer.T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aBadQueueSettingIs400() {
        assertThat(error(putQueue("fraud", "{\"slaMinutes\": 0}"), 400, "invalid-json").message())
                .contains("slaMinutes must be from 1");
        error(putQueue("fraud", "{}"), 400, "invalid-json");
        error(putQueue("bad%20name", "{\"slaMinutes\": 5}"), 400, "invalid-id");
        assertThat(TestServer.read(server.get("/api/v1/queues"), QUEUES)).isEmpty();
    }
}
