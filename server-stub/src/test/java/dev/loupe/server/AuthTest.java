package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ApiError;
import dev.loupe.core.Identity;
import dev.loupe.core.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTest {
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

    @Test
    void healthNeedsNoToken() {
        HttpResponse<String> health = server.get("/api/v1/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void aRequestWithoutTokenGets401() {
        HttpResponse<String> response = server.get("/api/v1/queues", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("unauthorized");
    }

    @Test
    void aWrongTokenGets401() {
        HttpResponse<String> response = server.get("/api/v1/me", "x" + server.admin());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(TestServer.read(response, ApiError.class).message()).contains("not accepted");
    }

    @Test
    void anotherSchemeGets401() {
        HttpResponse<String> response = TestServer.send(server.request("/api/v1/me", null)
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").GET());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void unknownRoutesUnderTheApiNeedATokenToo() {
        assertThat(server.get("/api/v1/secrets", null).statusCode()).isEqualTo(401);
    }

    @Test
    void meNamesTheTokensOwner() {
        String ana = server.server.users().issueToken("ana", Role.REVIEWER);
        assertThat(TestServer.read(server.get("/api/v1/me"), Identity.class)).isEqualTo(new Identity("admin", Role.ADMIN));
        assertThat(TestServer.read(server.get("/api/v1/me", ana), Identity.class))
                .isEqualTo(new Identity("ana", Role.REVIEWER));
    }

    @Test
    void aReissuedTokenReplacesTheOldOne() {
        String first = server.server.users().issueToken("ana", Role.REVIEWER);
        String second = server.server.users().issueToken("ana", Role.SUPERVISOR);
        assertThat(server.get("/api/v1/me", first).statusCode()).isEqualTo(401);
        assertThat(TestServer.read(server.get("/api/v1/me", second), Identity.class).role()).isEqualTo(Role.SUPERVISOR);
    }
}
