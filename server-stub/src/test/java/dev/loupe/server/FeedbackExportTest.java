package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.ApiError;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.FeedbackRecord;
import dev.loupe.core.ItemKind;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
import dev.loupe.core.Role;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The export over four decisions, one a minute from T0: claims with model fields:v1 (corrected, with annotations),
 * claims with fields:v2, receipts with fields:v1, and a claims escalation made without a model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackExportTest {
    private static final String RECEIPTS = "receipts";

    @TempDir
    static Path temp;
    TestServer server;
    String ana;
    Asset page;
    Asset second;

    /** One server for the class: an export only reads, so the tests cannot disturb each other. */
    @BeforeAll
    void start() throws Exception {
        server = TestServer.start(temp.resolve("data"));
        ana = server.server.users().issueToken("ana", Role.REVIEWER);
        page = server.storeBytes("page-1.png", "image/png", new byte[] {1});
        second = server.storeBytes("page-2.png", "image/png", new byte[] {2});
        server.server.intake().ensureQueue(TestServer.QUEUE, Duration.ofHours(1));
        server.server.intake().ensureQueue(RECEIPTS, Duration.ofHours(1));
        decide(TestServer.QUEUE, Outcome.CORRECTED, Map.of("fields", "v1"), "k-1");
        decide(TestServer.QUEUE, Outcome.APPROVED, Map.of("fields", "v2"), "k-2");
        decide(RECEIPTS, Outcome.APPROVED, Map.of("fields", "v1", "doctype", "3"), "k-3");
        decide(TestServer.QUEUE, Outcome.ESCALATED, Map.of(), "k-4");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyDecisionIsALineOldestFirstWithItsItemAndAnnotations() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/feedback");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-ndjson");
        List<FeedbackRecord> lines = lines(response);
        assertThat(lines).extracting(FeedbackRecord::recordedAt).containsExactly(
                TestServer.T0, TestServer.T0.plusSeconds(60), TestServer.T0.plusSeconds(120),
                TestServer.T0.plusSeconds(180));
        FeedbackRecord first = lines.get(0);
        assertThat(first.queue()).isEqualTo(TestServer.QUEUE);
        assertThat(first.kind()).isEqualTo(ItemKind.DOCUMENT);
        assertThat(first.assets()).containsExactly(page, second);
        assertThat(first.outcome()).isEqualTo(Outcome.CORRECTED);
        assertThat(first.reviewer()).isEqualTo("ana");
        assertThat(first.timeSpentMs()).isEqualTo(1500);
        assertThat(first.preAnnotations()).isEqualTo(json("[{\"field\":\"total\",\"value\":\"12.50\"}]"));
        assertThat(first.annotations()).isEqualTo(json("[{\"field\":\"total\",\"value\":\"12.80\"}]"));
        assertThat(first.diff()).isEqualTo(json("[{\"field\":\"total\",\"before\":\"12.50\",\"after\":\"12.80\"}]"));
        assertThat(first.modelVersions()).isEqualTo(Map.of("fields", "v1"));
        FeedbackRecord escalation = lines.get(3);
        assertThat(escalation.reasonCodes()).containsExactly("missing-pages");
        assertThat(escalation.note()).isEqualTo("page 2 absent");
        assertThat(lines).extracting(FeedbackRecord::decisionId).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "queue=claims                                          | 0,1,3",
        "queue=receipts                                        | 2",
        "since=2026-01-05T09:01:00Z                            | 1,2,3",
        "until=2026-01-05T09:02:00Z                            | 0,1",
        "since=2026-01-05T09:01:00Z&until=2026-01-05T09:03:00Z | 1,2",
        "since=2026-01-05T10:01:00%2B01:00                     | 1,2,3",
        "model=fields:v1                                       | 0,2",
        "model=fields:v2                                       | 1",
        "model=doctype:3                                       | 2",
        "model=fields:v1&queue=claims                          | 0",
        "model=fields:v1&since=2026-01-05T09:01:00Z            | 2",
        "model=fields:v9                                       | ''",
        "since=2026-01-06T00:00:00Z                            | ''"})
    void filtersSelectAndCombine(String query, String expected) {
        List<FeedbackRecord> all = lines(server.get("/api/v1/feedback"));
        HttpResponse<String> response = server.get("/api/v1/feedback?" + query);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<FeedbackRecord> expectedLines = expected.isEmpty() ? List.of()
                : Arrays.stream(expected.split(",")).map(i -> all.get(Integer.parseInt(i))).toList();
        assertThat(lines(response)).containsExactlyElementsOf(expectedLines);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "queue=..%2Fetc                                        | not a queue name",
        "since=yesterday                                       | ISO-8601",
        "until=2026-01-05                                      | ISO-8601",
        "since=2026-01-05T10:00:00+01:00                       | %2B",
        "since=2026-01-05T09:02:00Z&until=2026-01-05T09:01:00Z | must be before",
        "since=2026-01-05T09:02:00Z&until=2026-01-05T09:02:00Z | must be before",
        "model=fields                                          | TASK:VERSION",
        "model=:v1                                             | TASK:VERSION",
        "model=fields:                                         | TASK:VERSION",
        "model=fields:..                                       | TASK:VERSION"})
    void aBadFilterIs400WithASentence(String query, String hint) {
        HttpResponse<String> response = server.get("/api/v1/feedback?" + query);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        ApiError error = TestServer.read(response, ApiError.class);
        assertThat(error.error()).isEqualTo("invalid-parameter");
        assertThat(error.message()).contains(hint).endsWith(".");
    }

    @Test
    void anUnknownQueueIs404() {
        HttpResponse<String> response = server.get("/api/v1/feedback?queue=nowhere");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(TestServer.read(response, ApiError.class).error()).isEqualTo("no-such-queue");
    }

    /** Items of two pages; each decision a minute after the last, the first at T0. */
    private void decide(String queue, Outcome outcome, Map<String, String> models, String key) {
        server.server.intake().addItem(queue, ItemKind.DOCUMENT, 0, null, List.of(page, second), Map.of());
        HttpResponse<String> leased = server.post("/api/v1/queues/" + queue + "/leases", ana, "");
        Lease lease = TestServer.read(leased, Lease.class);
        Decision decision = outcome == Outcome.ESCALATED
                ? Decision.escalate(lease, EscalationReason.MISSING_PAGES, "page 2 absent", 900)
                : new Decision(lease.leaseId(), lease.fencingToken(), outcome, List.of(), "", 1500,
                        json("[{\"field\":\"total\",\"value\":\"12.50\"}]"),
                        json("[{\"field\":\"total\",\"value\":\"12.80\"}]"),
                        json("[{\"field\":\"total\",\"before\":\"12.50\",\"after\":\"12.80\"}]"), models);
        assertThat(server.decide(lease.item().id(), ana, key, decision).statusCode()).isEqualTo(201);
        server.clock.advance(Duration.ofMinutes(1));
    }

    private static List<FeedbackRecord> lines(HttpResponse<String> response) {
        return response.body().lines().map(line -> {
            try {
                return Json.mapper().readValue(line, FeedbackRecord.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
