package dev.loupe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.loupe.core.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JsonContractTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:15:30.123Z");
    private static final Asset PDF = new Asset("a".repeat(64), "application/pdf", "claim-0001.pdf", 48_213);
    private static final WorkItem ITEM = new WorkItem("it-1", "claims", ItemKind.DOCUMENT, 5, T0.plusSeconds(3600),
            ItemState.LEASED, T0, List.of(PDF), Map.of("source", "demo"));
    private static final Lease LEASE = new Lease("ls-1", 7, T0.plusSeconds(300), ITEM);
    private static final Decision ESCALATION = Decision.escalate(LEASE, EscalationReason.MISSING_PAGES, "page 2 absent", 4200);

    private static final Decision CORRECTION = correction();

    private static Decision correction() {
        try {
            return new Decision("ls-1", 7, Outcome.CORRECTED, List.of(), "", 3100,
                    Json.mapper().readTree("[{\"field\":\"total\",\"value\":\"12.50\",\"confidence\":0.62}]"),
                    Json.mapper().readTree("[{\"field\":\"total\",\"value\":\"12.80\"}]"),
                    Json.mapper().readTree("[{\"field\":\"total\",\"before\":\"12.50\",\"after\":\"12.80\",\"how\":\"typed\"}]"),
                    Map.of("fields", "fields-2026.11.1"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Object> everyRecord() {
        return Stream.of(
                PDF,
                ITEM,
                LEASE,
                Decision.approve(LEASE, 1500),
                CORRECTION,
                ESCALATION,
                new RecordedDecision("dc-1", "it-1", "ana", T0, ESCALATION),
                new QueueSummary("claims", 12, 2, 40, 1, T0, T0.plusSeconds(60)),
                new QueueSummary("empty", 0, 0, 0, 0, null, null),
                new ApiError("lease-stale", "Your lease on this item has expired."),
                new Identity("ana", Role.REVIEWER),
                new ServerStats(T0,
                        List.of(new QueueStats("claims", 3600, 12, 2, 840L, 1, 3, 40, 310, 4200L, 11_800L, 1),
                                new QueueStats("empty", 600, 0, 0, null, 0, 0, 0, 0, null, null, 0)),
                        List.of(new ReviewerStats("ana", 4, 1, 0.25, 3900))),
                new FeedbackRecord("dc-1", "it-1", "claims", ItemKind.DOCUMENT, List.of(PDF), Outcome.CORRECTED, "ana",
                        T0, 3100, CORRECTION.preAnnotations(), CORRECTION.annotations(), CORRECTION.diff(),
                        CORRECTION.modelVersions(), List.of(), ""),
                new ModelFile("fields", "2026.11.1", "b".repeat(64), 1_048_576),
                new ModelManifest("b".repeat(64), Map.of("f1", 0.91, "exact-match", 0.8), List.of("total", "date")),
                new ModelVersion("fields", "2026.11.1", "b".repeat(64), 1_048_576, Map.of("f1", 0.91),
                        List.of("total", "date"), T0, "admin", true),
                new ModelSelection("2026.11.1"),
                Resolution.approve("pages found"),
                Resolution.sendBack("fraud", ""),
                Resolution.reassign("ben", "knows the customer"),
                Heartbeat.of(LEASE),
                LeaseRelease.of(LEASE, ReleaseReason.SKIPPED),
                new Conflict("cf-1", "it-1", "ana", T0, "lease-expired", ESCALATION),
                new AuditEntry(7, T0, "sue", "it-1", "resolved", ItemState.ESCALATED, ItemState.QUEUED,
                        Json.mapper().valueToTree(Map.of("kind", "send-back"))),
                new AuditEntry(1, T0, "server", "it-1", "created", null, ItemState.QUEUED, null),
                new NewUser("ana", Role.QA),
                new IssuedToken("ana", Role.QA, "t0ken"),
                new QueueSettings(240));
    }

    @ParameterizedTest
    @MethodSource("everyRecord")
    void everyRecordSurvivesARoundTrip(Object record) throws JsonProcessingException {
        String json = Json.mapper().writeValueAsString(record);
        Object back = Json.mapper().readValue(json, record.getClass());
        assertThat(back).isEqualTo(record);
    }

    @Test
    void wireNamesAreLowerCaseAndTimesAreIsoStrings() throws JsonProcessingException {
        JsonNode item = Json.mapper().valueToTree(ITEM);
        assertThat(item.get("kind").asText()).isEqualTo("document");
        assertThat(item.get("state").asText()).isEqualTo("leased");
        assertThat(item.get("slaDue").asText()).isEqualTo("2026-11-22T10:15:30.123Z");

        JsonNode decision = Json.mapper().valueToTree(Decision.approve(LEASE, 10));
        assertThat(decision.get("outcome").asText()).isEqualTo("approved");
        assertThat(Json.mapper().writeValueAsString(Outcome.REJECTED_UNREADABLE)).isEqualTo("\"rejected-unreadable\"");
    }

    @Test
    void unknownFieldsFromANewerServerAreIgnored() throws JsonProcessingException {
        String json = "{\"error\":\"x\",\"message\":\"y\",\"addedInV2\":true}";
        assertThat(Json.mapper().readValue(json, ApiError.class)).isEqualTo(new ApiError("x", "y"));
    }

    @Test
    void anUnknownOutcomeIsRefusedWithTheAllowedNames() {
        assertThatThrownBy(() -> Json.mapper().readValue("\"maybe\"", Outcome.class))
                .hasMessageContaining("maybe");
        assertThatThrownBy(() -> Outcome.fromWire("maybe"))
                .hasMessageContaining("approved, corrected, escalated, rejected-unreadable");
    }

    @Test
    void anEscalationWithoutReasonIsRefused() {
        String json = "{\"leaseId\":\"ls-1\",\"fencingToken\":1,\"outcome\":\"escalated\",\"timeSpentMs\":5}";
        assertThatThrownBy(() -> Json.mapper().readValue(json, Decision.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("needs at least one reason code");
    }

    @Test
    void annotationsMustBeArraysAndDefaultToEmpty() throws JsonProcessingException {
        Decision plain = Json.mapper().readValue(
                "{\"leaseId\":\"ls-1\",\"fencingToken\":1,\"outcome\":\"approved\",\"timeSpentMs\":5}", Decision.class);
        assertThat(plain.annotations().isArray()).isTrue();
        assertThat(plain.annotations()).isEmpty();
        assertThat(plain.modelVersions()).isEmpty();

        String notAnArray = "{\"leaseId\":\"ls-1\",\"fencingToken\":1,\"outcome\":\"approved\",\"timeSpentMs\":5,"
                + "\"annotations\":{\"total\":1}}";
        assertThatThrownBy(() -> Json.mapper().readValue(notAnArray, Decision.class))
                .hasMessageContaining("annotations must be a JSON array");
    }

    @Test
    void aManifestNeedsMetricsAndNumbersForThem() {
        String sha = "b".repeat(64);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"sha256\":\"" + sha + "\"}", ModelManifest.class))
                .hasMessageContaining("metrics are required");
        assertThatThrownBy(() -> Json.mapper().readValue(
                "{\"sha256\":\"" + sha + "\",\"metrics\":{\"f1\":null}}", ModelManifest.class))
                .hasMessageContaining("'f1' must be a number");
        assertThat(new ModelManifest(sha, Map.of(), null).labels()).isEmpty();
    }

    @Test
    void workModelWireNames() throws JsonProcessingException {
        JsonNode resolution = Json.mapper().valueToTree(Resolution.sendBack(null, ""));
        assertThat(resolution.get("kind").asText()).isEqualTo("send-back");
        JsonNode release = Json.mapper().valueToTree(LeaseRelease.of(LEASE, ReleaseReason.SKIPPED));
        assertThat(release.get("reason").asText()).isEqualTo("skipped");
        LeaseRelease noReason =
                Json.mapper().readValue("{\"leaseId\":\"ls-1\",\"fencingToken\":1}", LeaseRelease.class);
        assertThat(noReason.reason()).isEqualTo(ReleaseReason.RELEASED);
    }

    @Test
    void aResolutionMustFitItsKind() {
        assertThatThrownBy(() -> new Resolution(ResolutionKind.REASSIGN, null, " ", ""))
                .hasMessageContaining("needs the reviewer");
        assertThatThrownBy(() -> new Resolution(ResolutionKind.SEND_BACK, null, "ben", ""))
                .hasMessageContaining("Only a reassignment names a reviewer");
        assertThatThrownBy(() -> new Resolution(ResolutionKind.APPROVE, "claims", null, ""))
                .hasMessageContaining("takes no queue");
        assertThatThrownBy(() -> new QueueSettings(0)).hasMessageContaining("from 1 to");
    }

    @Test
    void aMalformedDigestIsRefused() {
        assertThatThrownBy(() -> new Asset("../../etc/passwd", "image/png", "x.png", 1))
                .hasMessageContaining("64 lower-case hex");
    }
}
