package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.ApiError;
import dev.loupe.core.Decision;
import dev.loupe.core.Lease;
import dev.loupe.core.WorkItem;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {
    @TempDir
    Path temp;
    TestServer server;
    WorkItem item;
    Lease lease;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        item = server.seed(1).get(0);
        lease = server.leased(server.admin());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> postDecision(String body, String key) {
        return server.post("/api/v1/items/" + item.id() + "/decisions", server.admin(), body, "Idempotency-Key", key);
    }

    private static ApiError error(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo(code);
        assertThat(error.message()).endsWith(".").doesNotContain("Exception").doesNotContain("\tat ");
        return error;
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        ApiError error = error(postDecision("{\"leaseId\": \"x\",, }", "k-1"), 400, "invalid-json");
        assertThat(error.message()).contains("line 1");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        String body = "{\"leaseId\":\"x\",\"fencingToken\":\"soon\",\"outcome\":\"approved\",\"timeSpentMs\":1}";
        ApiError error = error(postDecision(body, "k-1"), 400, "invalid-json");
        assertThat(error.message()).contains("fencingToken");
    }

    @Test
    void aBrokenRuleOfTheContractIs400WithItsSentence() {
        String body = "{\"leaseId\":\"x\",\"fencingToken\":1,\"outcome\":\"escalated\",\"timeSpentMs\":1}";
        ApiError error = error(postDecision(body, "k-1"), 400, "invalid-json");
        assertThat(error.message()).contains("An escalation needs at least one reason code");
    }

    @Test
    void aMissingFieldIs400() {
        ApiError leaseId = error(postDecision("{\"fencingToken\":1,\"outcome\":\"approved\",\"timeSpentMs\":1}", "k-1"),
                400, "invalid-json");
        assertThat(leaseId.message()).contains("the field 'leaseId' is missing");
        ApiError time = error(postDecision("{\"leaseId\":\"x\",\"fencingToken\":1,\"outcome\":\"approved\"}", "k-1"),
                400, "invalid-json");
        assertThat(time.message()).contains("the field 'timeSpentMs' is missing");
    }

    @Test
    void anEmptyBodyIs400() {
        error(postDecision("", "k-1"), 400, "invalid-json");
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String huge = "{\"note\":\"" + "x".repeat(Call.MAX_JSON_BYTES) + "\"}";
        error(postDecision(huge, "k-1"), 413, "body-too-large");
        assertThat(server.get("/api/v1/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingIdempotencyKeyIs400() {
        HttpResponse<String> response = server.post("/api/v1/items/" + item.id() + "/decisions", server.admin(),
                TestServer.json(Decision.approve(lease, 1)));
        error(response, 400, "invalid-idempotency-key");
    }

    @Test
    void anOverlongIdempotencyKeyIs400() {
        error(postDecision(TestServer.json(Decision.approve(lease, 1)), "k".repeat(201)), 400, "invalid-idempotency-key");
    }

    @Test
    void aDecisionForAnUnknownItemIs404() {
        HttpResponse<String> response = server.decide("it-nope", server.admin(), "k-1", Decision.approve(lease, 1));
        error(response, 404, "no-such-item");
    }

    @Test
    void unknownItemsAndTheirDecisionsAre404() {
        error(server.get("/api/v1/items/it-nope"), 404, "no-such-item");
        error(server.get("/api/v1/items/it-nope/decisions"), 404, "no-such-item");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "..%2F..%2Fadmin.token", "it%00", "a.b"})
    void pathTricksInAnIdAre400(String id) {
        error(server.get("/api/v1/items/" + id), 400, "invalid-id");
    }

    @Test
    void anOverlongIdIs400() {
        error(server.get("/api/v1/items/" + "a".repeat(129)), 400, "invalid-id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "..%2Faaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aMediaAddressThatIsNotASha256Is400(String sha) {
        error(server.get("/api/v1/media/" + sha), 400, "invalid-id");
    }

    @Test
    void unknownMediaIs404() {
        error(server.get("/api/v1/media/" + "0".repeat(64)), 404, "no-such-media");
    }

    @Test
    void anUnknownRouteIs404() {
        error(server.get("/api/v1/nothing/here"), 404, "no-such-route");
        error(server.get("/api/v1/queues/"), 404, "no-such-route");
        error(server.get("/index.html", null), 404, "no-such-route");
    }

    @Test
    void aWrongMethodIs405AndSaysWhichAreAllowed() {
        HttpResponse<String> response = TestServer.send(server.request("/api/v1/items/" + item.id(), server.admin())
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
        error(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).contains("GET");
        HttpResponse<String> getLeases = server.get("/api/v1/queues/claims/leases");
        error(getLeases, 405, "method-not-allowed");
        assertThat(getLeases.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void badListParametersAre400() {
        error(server.get("/api/v1/queues/claims/items?limit=0"), 400, "invalid-parameter");
        error(server.get("/api/v1/queues/claims/items?limit=501"), 400, "invalid-parameter");
        error(server.get("/api/v1/queues/claims/items?limit=lots"), 400, "invalid-parameter");
        ApiError state = error(server.get("/api/v1/queues/claims/items?state=lost"), 400, "invalid-parameter");
        assertThat(state.message()).contains("queued, leased, decided, escalated");
    }

    @Test
    void anUnknownQueueIs404() {
        error(server.get("/api/v1/queues/nope/items"), 404, "no-such-queue");
        error(server.post("/api/v1/queues/nope/leases", server.admin(), ""), 404, "no-such-queue");
    }
}
