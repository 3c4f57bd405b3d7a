package dev.loupe.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Asset;
import dev.loupe.core.ItemSubmission;
import dev.loupe.core.QueueSummary;
import dev.loupe.core.Sha256;
import dev.loupe.core.WorkItem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Brings work into a server: uploads media and adds items that refer to it. It needs a supervisor's or admin's
 * token, so it stays apart from the {@code OrchestrationClient} port a reviewer's workstation uses.
 */
public final class ImportClient {
    private static final TypeReference<List<QueueSummary>> QUEUES = new TypeReference<>() {};
    private static final String WHAT_NOW = "Check that it is running, then import the files not yet imported.";
    /** The server flushes a whole upload to disk before it answers, which can take a while for a large video. */
    private static final Duration UPLOAD_ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final ApiCalls api;

    /**
     * @param server the server's base address, e.g. {@code http://127.0.0.1:8470}
     * @param token  a supervisor's or admin's bearer token; sent on every request, never logged
     */
    public ImportClient(URI server, String token) {
        this.api = new ApiCalls(server, token, WHAT_NOW, ApiCalls.Timeouts.of(UPLOAD_ANSWER_TIMEOUT),
                Clock.systemUTC());
    }

    /** The names of the server's queues. */
    public List<String> queueNames() {
        List<QueueSummary> queues = api.call(ApiCalls.get(api.url("queues")), api.type(QUEUES));
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
        Request request = new Request.Builder().url(api.url("media"))
                .header("X-Sha256", sha256)
                .header("X-File-Name", percentEncoded(file.getFileName().toString()))
                .post(RequestBody.create(file.toFile(), MediaType.get(mediaType)))
                .build();
        return api.upload(request, api.type(Asset.class));
    }

    /** Adds an item to a queue; its assets must have been uploaded. */
    public WorkItem addItem(String queue, ItemSubmission submission) {
        Request request = new Request.Builder().url(api.url("queues", queue, "items"))
                .post(api.json(submission))
                .build();
        return api.call(request, api.type(WorkItem.class));
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
}
