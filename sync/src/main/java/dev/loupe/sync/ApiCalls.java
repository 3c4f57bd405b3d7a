package dev.loupe.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.IOException;
import java.net.URI;
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
 * JSON through the core contract, and every failure as an {@link OrchestrationException} a person can read.
 */
final class ApiCalls {
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl api;
    private final OkHttpClient http;
    private final ObjectMapper mapper = Json.mapper();
    private final String whatNow;

    /**
     * @param server        the server's base address, e.g. {@code http://127.0.0.1:8470}
     * @param token         the bearer token; sent on every request, never logged
     * @param answerTimeout how long an answer may take to arrive
     * @param whatNow       the advice that follows "cannot reach the server"
     */
    ApiCalls(URI server, String token, Duration answerTimeout, String whatNow) {
        HttpUrl base = HttpUrl.get(Objects.requireNonNull(server, "server"));
        this.api = base.newBuilder().addPathSegments("api/v1").build();
        this.whatNow = whatNow;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(answerTimeout)
                .writeTimeout(Duration.ofSeconds(30))
                .addInterceptor(new BearerToken(token))
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

    /** Sends the request and reads a successful answer as {@code type}. */
    <T> T call(Request request, JavaType type) {
        try (Response response = execute(request)) {
            return read(response, type);
        }
    }

    /** Sends the request; the caller closes the answer. */
    Response execute(Request request) {
        try {
            return http.newCall(request).execute();
        } catch (IOException e) {
            throw ApiFailures.unreachable(api, e, whatNow);
        }
    }

    <T> T read(Response response, JavaType type) {
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

    OrchestrationException failure(Response response) {
        return ApiFailures.of(response, mapper);
    }
}
