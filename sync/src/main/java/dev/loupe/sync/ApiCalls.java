package dev.loupe.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls to the API under one address and token: one OkHttp client with the bearer token added by an interceptor,
 * timeouts and a circuit breaker so a slow or dead server cannot stall a thread, JSON through the core contract,
 * and every failure as an {@link OrchestrationException} a person can read.
 */
final class ApiCalls {
    private static final MediaType JSON = MediaType.get("application/json");

    /**
     * How long a call may take.
     *
     * @param connect      to open a connection
     * @param answer       for each read of an API answer
     * @param call         for a whole API call, answer included
     * @param transferRead for each read and write of a file transfer, which as a whole may take as long as it needs
     */
    record Timeouts(Duration connect, Duration answer, Duration call, Duration transferRead) {
        /** Connect in 3 s, answer in 10 s and finish an API call in 15 s; a transfer as given. */
        static Timeouts of(Duration transferRead) {
            return new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(10), Duration.ofSeconds(15), transferRead);
        }
    }

    /** Reads a successful answer; an {@link IOException} from its body means the answer was cut off. */
    @FunctionalInterface
    interface Answer<T> {
        T read(Response response) throws IOException;
    }

    private final HttpUrl api;
    private final OkHttpClient calls;
    private final OkHttpClient transfers;
    private final CircuitBreaker breaker;
    private final ObjectMapper mapper = Json.mapper();
    private final String whatNow;

    /**
     * @param server   the server's base address, e.g. {@code http://127.0.0.1:8470}
     * @param token    the bearer token; sent on every request, never logged
     * @param whatNow  the advice that follows "cannot reach the server"
     * @param timeouts how long calls may take
     * @param clock    times the circuit breaker's cool-down
     */
    ApiCalls(URI server, String token, String whatNow, Timeouts timeouts, Clock clock) {
        HttpUrl base = HttpUrl.get(Objects.requireNonNull(server, "server"));
        this.api = base.newBuilder().addPathSegments("api/v1").build();
        this.whatNow = whatNow;
        this.breaker = new CircuitBreaker(clock);
        this.calls = new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.answer())
                .writeTimeout(timeouts.answer())
                .callTimeout(timeouts.call())
                .addInterceptor(new BearerToken(token))
                .build();
        this.transfers = calls.newBuilder()
                .readTimeout(timeouts.transferRead())
                .writeTimeout(timeouts.transferRead())
                .callTimeout(Duration.ZERO)
                .build();
    }

    /** An address under {@code /api/v1}, one path segment per argument, each escaped. */
    HttpUrl url(String... segments) {
        HttpUrl.Builder builder = api.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder.build();
    }

    static Request get(HttpUrl url) {
        return new Request.Builder().url(url).get().build();
    }

    JavaType type(Class<?> type) {
        return mapper.constructType(type);
    }

    JavaType type(TypeReference<?> type) {
        return mapper.getTypeFactory().constructType(type);
    }

    RequestBody json(Object value) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(value), JSON);
        } catch (IOException e) {
            throw new IllegalStateException("Every contract record serializes", e);
        }
    }

    ServerConnection connection() {
        return breaker;
    }

    /** Sends an API call and reads a successful answer as {@code type}. */
    <T> T call(Request request, JavaType type) {
        return call(request, response -> read(response, type));
    }

    /** Sends an API call; {@code answer} reads it when it is successful. */
    <T> T call(Request request, Answer<T> answer) {
        return send(calls, request, answer);
    }

    /** Sends a file, which may take long as a whole, and reads a successful answer as {@code type}. */
    <T> T upload(Request request, JavaType type) {
        return send(transfers, request, response -> read(response, type));
    }

    /** Fetches a file, which may take long as a whole; the caller reads the stream and closes it. */
    InputStream download(Request request) {
        admit();
        Response response;
        try {
            response = transfers.newCall(request).execute();
        } catch (IOException e) {
            breaker.failed();
            throw ApiFailures.unreachable(api, e, whatNow);
        }
        if (response.isSuccessful()) {
            return new WatchedBody(response.body().byteStream());
        }
        try (response) {
            report(response.code() >= 500);
            throw ApiFailures.of(response, mapper);
        }
    }

    /** Reads the body as {@code type}; an answer that is not the contract's JSON is a bad response. */
    <T> T read(Response response, JavaType type) throws IOException {
        try {
            return mapper.readValue(response.body().byteStream(), type);
        } catch (JsonProcessingException e) {
            Request request = response.request();
            throw new OrchestrationException(Kind.BAD_RESPONSE, response.code(), "bad-response",
                    "The server's answer to " + request.method() + " " + request.url().encodedPath()
                            + " could not be read (" + e.getOriginalMessage() + ")."
                            + " The server may be a different version.", e);
        }
    }

    private <T> T send(OkHttpClient client, Request request, Answer<T> answer) {
        admit();
        boolean serverFailed = true;
        try (Response response = client.newCall(request).execute()) {
            serverFailed = response.code() >= 500;
            if (!response.isSuccessful()) {
                throw ApiFailures.of(response, mapper);
            }
            return answer.read(response);
        } catch (IOException e) {
            serverFailed = true;
            throw ApiFailures.unreachable(api, e, whatNow);
        } finally {
            report(serverFailed);
        }
    }

    private void admit() {
        if (!breaker.tryAdmit()) {
            throw ApiFailures.notAnswering(api, breaker.retryIn(), whatNow);
        }
    }

    private void report(boolean serverFailed) {
        if (serverFailed) {
            breaker.failed();
        } else {
            breaker.succeeded();
        }
    }

    /** A downloaded body that tells the breaker how it ended: cut off is a failure; read to the end or closed not. */
    private final class WatchedBody extends FilterInputStream {
        private boolean reported;

        WatchedBody(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            try {
                return ended(super.read());
            } catch (IOException e) {
                once(true);
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return ended(super.read(buffer, offset, length));
            } catch (IOException e) {
                once(true);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            once(false);
            super.close();
        }

        private int ended(int read) {
            if (read < 0) {
                once(false);
            }
            return read;
        }

        private void once(boolean serverFailed) {
            if (!reported) {
                reported = true;
                report(serverFailed);
            }
        }
    }
}
