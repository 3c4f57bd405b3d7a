package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.loupe.core.ApiError;
import dev.loupe.core.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route refuses a missing token with 401 and each role it does not serve with 403, before doing anything. */
class RoleAccessTest {
    @TempDir
    static Path temp;
    static TestServer server;
    static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        TOKENS.put(Role.ADMIN, server.admin());
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
            TOKENS.put(role, server.server.users().issueToken(role.wire() + "-user", role));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                arguments("GET", "/api/v1/me", Access.EVERYONE),
                arguments("GET", "/api/v1/queues", Access.EVERYONE),
                arguments("GET", "/api/v1/queues/claims/items", Access.EVERYONE),
                arguments("POST", "/api/v1/queues/claims/leases", Access.EVERYONE),
                arguments("GET", "/api/v1/items/it-1", Access.EVERYONE),
                arguments("GET", "/api/v1/items/it-1/decisions", Access.EVERYONE),
                arguments("POST", "/api/v1/items/it-1/decisions", Access.EVERYONE),
                arguments("GET", "/api/v1/media/" + "0".repeat(64), Access.EVERYONE),
                arguments("POST", "/api/v1/items/it-1/lease/heartbeat", Access.EVERYONE),
                arguments("POST", "/api/v1/items/it-1/release", Access.EVERYONE),
                arguments("POST", "/api/v1/items/it-1/resolution", Access.SUPERVISORS),
                arguments("GET", "/api/v1/conflicts", Access.SUPERVISORS),
                arguments("GET", "/api/v1/audit", Access.SUPERVISORS),
                arguments("PUT", "/api/v1/queues/claims", Access.ADMINS),
                arguments("GET", "/api/v1/users", Access.ADMINS),
                arguments("POST", "/api/v1/users", Access.ADMINS));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void refusesAMissingTokenAndEveryRoleItDoesNotServe(String method, String path, Set<Role> allowed) {
        HttpResponse<String> anonymous = send(method, path, null);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(TestServer.read(anonymous, ApiError.class).error()).isEqualTo("unauthorized");

        for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
            HttpResponse<String> refused = send(method, path, TOKENS.get(role));
            assertThat(refused.statusCode()).as(role + ": " + refused.body()).isEqualTo(403);
            ApiError error = TestServer.read(refused, ApiError.class);
            assertThat(error.error()).isEqualTo("forbidden");
            assertThat(error.message()).contains("(" + role.wire() + ")").contains(Access.describe(allowed));
        }
        for (Role role : allowed) {
            assertThat(send(method, path, TOKENS.get(role)).statusCode()).as(role.wire()).isNotIn(401, 403);
        }
    }

    private static HttpResponse<String> send(String method, String path, String token) {
        HttpRequest.BodyPublisher body = method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}");
        return TestServer.send(server.request(path, token).method(method, body)
                .header("Content-Type", "application/json"));
    }
}
