package dev.loupe.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.Heartbeat;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.LeaseRelease;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.ReleaseReason;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The orchestration API over HTTP, as the reviewer's workstation uses it. */
public final class HttpOrchestrationClient implements OrchestrationClient {
    private static final TypeReference<List<QueueSummary>> QUEUES = new TypeReference<>() {};
    private static final TypeReference<List<WorkItem>> ITEMS = new TypeReference<>() {};
    private static final TypeReference<List<RecordedDecision>> DECISIONS = new TypeReference<>() {};

    private static final String WHAT_NOW = "Check that it is running; your work is kept.";
    /** A media file may take long as a whole, but a server that sends nothing for this long is gone. */
    private static final Duration MEDIA_READ_TIMEOUT = Duration.ofSeconds(30);

    private final ApiCalls api;
    private final MediaCache mediaCache;

    /**
     * @param server     the server's base address, e.g. {@code http://127.0.0.1:8080}
     * @param token      the bearer token; sent on every request, never logged
     * @param mediaCache where downloaded media is kept
     */
    public HttpOrchestrationClient(URI server, String token, MediaCache mediaCache) {
        this(server, token, mediaCache, ApiCalls.Timeouts.of(MEDIA_READ_TIMEOUT), Clock.systemUTC());
    }

    /** With other timeouts and a clock for the circuit breaker, so tests need not wait. */
    HttpOrchestrationClient(URI server, String token, MediaCache mediaCache, ApiCalls.Timeouts timeouts, Clock clock) {
        this.api = new ApiCalls(server, token, WHAT_NOW, timeouts, clock);
        this.mediaCache = Objects.requireNonNull(mediaCache, "mediaCache");
    }

    /** Whether the server is answering, for the status bar. */
    public ServerConnection connection() {
        return api.connection();
    }

    @Override
    public Identity whoAmI() {
        return api.call(ApiCalls.get(api.url("me")), api.type(Identity.class));
    }

    @Override
    public List<QueueSummary> queues() {
        return api.call(ApiCalls.get(api.url("queues")), api.type(QUEUES));
    }

    @Override
    public List<WorkItem> items(String queue, ItemState state, int limit) {
        HttpUrl url = api.url("queues", queue, "items").newBuilder()
                .addQueryParameter("state", state.wire())
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return api.call(ApiCalls.get(url), api.type(ITEMS));
    }

    @Override
    public Optional<Lease> lease(String queue) {
        Request request = new Request.Builder().url(api.url("queues", queue, "leases"))
                .post(RequestBody.create(new byte[0])).build();
        return api.call(request, response -> response.code() == 204
                ? Optional.empty()
                : Optional.of(api.<Lease>read(response, api.type(Lease.class))));
    }

    @Override
    public Lease heartbeat(Lease lease) {
        Request request = new Request.Builder().url(api.url("items", lease.item().id(), "lease", "heartbeat"))
                .post(api.json(Heartbeat.of(lease))).build();
        return api.call(request, api.type(Lease.class));
    }

    @Override
    public WorkItem release(Lease lease, ReleaseReason reason) {
        Request request = new Request.Builder().url(api.url("items", lease.item().id(), "release"))
                .post(api.json(LeaseRelease.of(lease, reason))).build();
        return api.call(request, api.type(WorkItem.class));
    }

    @Override
    public WorkItem item(String itemId) {
        return api.call(ApiCalls.get(api.url("items", itemId)), api.type(WorkItem.class));
    }

    @Override
    public Path media(Asset asset) {
        return mediaCache.get(asset, () -> api.download(ApiCalls.get(api.url("media", asset.sha256()))));
    }

    @Override
    public RecordedDecision decide(String itemId, Decision decision, String idempotencyKey) {
        Request request = new Request.Builder().url(api.url("items", itemId, "decisions"))
                .header("Idempotency-Key", idempotencyKey)
                .post(api.json(decision))
                .build();
        return api.call(request, api.type(RecordedDecision.class));
    }

    @Override
    public List<RecordedDecision> decisions(String itemId) {
        return api.call(ApiCalls.get(api.url("items", itemId, "decisions")), api.type(DECISIONS));
    }
}
