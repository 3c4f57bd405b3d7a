package dev.loupe.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loupe.core.Asset;
import dev.loupe.core.ItemSubmission;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.Sha256;
import dev.loupe.core.WorkItem;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Brings work into a server: uploads media and adds items that refer to it. It needs a supervisor's or admin's
 * token, so it stays apart from the {@code OrchestrationClient} port a reviewer's workstation uses.
 */
public final class ImportClient {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final TypeReference<List<QueueSummary>> QUEUES = new TypeReference<>() {};
    private static final String WHAT_NOW = "Check that it is running, then import the files not yet imported.";
    /** The server flushes a whole upload to disk before it answers, which can take a while for a large video. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final HttpUrl api;
    private final OkHttpClient http;
    private final ObjectMapper mapper = Json.mapper();

    /**
     * @param server the server's base address, e.g. {@code http://127.0.0.1:8470}
     * @param token  a supervisor's or admin's bearer token; sent on every request, never logged
     */
    public ImportClient(URI server, String token) {
        HttpUrl base = HttpUrl.get(Objects.requireNonNull(server, "server"));
        this.api = base.newBuilder().addPathSegments("api/v1").build();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(ANSWER_TIMEOUT)
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(new BearerToken(token))
                .build();
    }

    /** The names of the server's queues. */
    public List<String> queueNames() {
        List<QueueSummary> queues = call(new Request.Builder().url(url("queues")).get().build(),
                mapper.getTypeFactory().constructType(QUEUES));
        return queues.stream().map(QueueSummary::name).toList();
    }

    /**
     * Uploads a file, streamed from disk, with its sha256 computed first so the server can refuse a copy that
     * changed or was damaged on the way. The same bytes uploaded twice are stored once.
     *
     * @throws IOException when the file cannot be read
     */
    public Asset upload(Path file, String mediaType) throws IOException {
        String sha256 = sha256Of(file);
        Request request = new Request.Builder().url(url("media"))
                .header("X-Sha256", sha256)
                .header("X-File-Name", percentEncoded(file.getFileName().toString()))
                .post(RequestBody.create(file.toFile(), MediaType.get(mediaType)))
                .build();
        return call(request, mapper.constructType(Asset.class));
    }

    /** Adds an item to a queue; its assets must have been uploaded. */
    public WorkItem addItem(String queue, ItemSubmission submission) {
        Request request = new Request.Builder().url(url("queues", queue, "items"))
                .post(RequestBody.create(toJson(submission), JSON))
                .build();
        return call(request, mapper.constructType(WorkItem.class));
    }

    private static String sha256Of(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return Sha256.hex(digest);
    }

    /** UTF-8, with every byte outside RFC 3986's unreserved characters escaped, so any name fits in a header. */
    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
        }
        return encoded.toString();
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder builder = api.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder.build();
    }

    private <T> T call(Request request, JavaType type) {
        Response answer;
        try {
            answer = http.newCall(request).execute();
        } catch (IOException e) {
            throw ApiFailures.unreachable(api, e, WHAT_NOW);
        }
        try (Response response = answer) {
            if (!response.isSuccessful()) {
                throw ApiFailures.of(response, mapper);
            }
            return mapper.readValue(response.body().byteStream(), type);
        } catch (IOException e) {
            throw new OrchestrationException(Kind.BAD_RESPONSE, answer.code(), "bad-response", "The server's answer to "
                    + request.method() + " " + request.url().encodedPath() + " could not be read (" + e.getMessage()
                    + "). The server may be a different version.", e);
        }
    }

    private byte[] toJson(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("Every contract record serializes", e);
        }
    }
}
