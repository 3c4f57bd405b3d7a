package dev.loupe.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.Identity;
import dev.loupe.core.ItemState;
import dev.loupe.core.Lease;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.WorkItem;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.OrchestrationClient;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The orchestration API over HTTP: one shared OkHttp client, JSON through the core contract. */
public final class HttpOrchestrationClient implements OrchestrationClient {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final TypeReference<List<QueueSummary>> QUEUES = new TypeReference<>() {};
    private static final TypeReference<List<WorkItem>> ITEMS = new TypeReference<>() {};
    private static final TypeReference<List<RecordedDecision>> DECISIONS = new TypeReference<>() {};

    private final HttpUrl api;
    private final OkHttpClient http;
    private final MediaCache mediaCache;
    private final ObjectMapper mapper = Json.mapper();

    /**
     * @param server     the server's base address, e.g. {@code http://127.0.0.1:8080}
     * @param token      the bearer token; sent on every request, never logged
     * @param mediaCache where downloaded media is kept
     */
    public HttpOrchestrationClient(URI server, String token, MediaCache mediaCache) {
        HttpUrl base = HttpUrl.get(Objects.requireNonNull(server, "server"));
        this.api = base.newBuilder().addPathSegments("api/v1").build();
        this.mediaCache = Objects.requireNonNull(mediaCache, "mediaCache");
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(new BearerToken(token))
                .build();
    }

    @Override
    public Identity whoAmI() {
        return call(get(url("me")), mapper.constructType(Identity.class));
    }

    @Override
    public List<QueueSummary> queues() {
        return call(get(url("queues")), mapper.getTypeFactory().constructType(QUEUES));
    }

    @Override
    public List<WorkItem> items(String queue, ItemState state, int limit) {
        HttpUrl url = url("queues", queue, "items").newBuilder()
                .addQueryParameter("state", state.wire())
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return call(get(url), mapper.getTypeFactory().constructType(ITEMS));
    }

    @Override
    public Optional<Lease> lease(String queue) {
        Request request = new Request.Builder().url(url("queues", queue, "leases"))
                .post(RequestBody.create(new byte[0], JSON)).build();
        try (Response response = execute(request)) {
            if (response.code() == 204) {
                return Optional.empty();
            }
            return Optional.of(read(response, mapper.constructType(Lease.class)));
        }
    }

    @Override
    public WorkItem item(String itemId) {
        return call(get(url("items", itemId)), mapper.constructType(WorkItem.class));
    }

    @Override
    public Path media(Asset asset) {
        return mediaCache.get(asset, () -> {
            Response response = execute(get(url("media", asset.sha256())));
            if (!response.isSuccessful()) {
                try (response) {
                    throw failure(response);
                }
            }
            return response.body().byteStream();
        });
    }

    @Override
    public RecordedDecision decide(String itemId, Decision decision, String idempotencyKey) {
        Request request = new Request.Builder().url(url("items", itemId, "decisions"))
                .header("Idempotency-Key", idempotencyKey)
                .post(RequestBody.create(toJson(decision), JSON))
                .build();
        return call(request, mapper.constructType(RecordedDecision.class));
    }

    @Override
    public List<RecordedDecision> decisions(String itemId) {
        return call(get(url("items", itemId, "decisions")), mapper.getTypeFactory().constructType(DECISIONS));
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder builder = api.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder.build();
    }

    private static Request get(HttpUrl url) {
        return new Request.Builder().url(url).get().build();
    }

    private <T> T call(Request request, JavaType type) {
        try (Response response = execute(request)) {
            return read(response, type);
        }
    }

    private Response execute(Request request) {
        try {
            return http.newCall(request).execute();
        } catch (IOException e) {
            throw ApiFailures.unreachable(api, e, "Check that it is running; your work is kept.");
        }
    }

    private <T> T read(Response response, JavaType type) {
        if (!response.isSuccessful()) {
            throw failure(response);
        }
        try {
            return mapper.readValue(response.body().byteStream(), type);
        } catch (IOException e) {
            throw new OrchestrationException(Kind.BAD_RESPONSE, response.code(), "bad-response",
                    "The server's answer to " + response.request().method() + " " + response.request().url().encodedPath()
                            + " could not be read (" + e.getMessage() + "). The server may be a different version.", e);
        }
    }

    private byte[] toJson(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("Every contract record serializes", e);
        }
    }

    private OrchestrationException failure(Response response) {
        return ApiFailures.of(response, mapper);
    }
}
