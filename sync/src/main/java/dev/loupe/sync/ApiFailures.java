package dev.loupe.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loupe.core.ApiError;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Response;

/** A failed call as a person reads it: the server's own sentence, or one of ours when there is none. */
final class ApiFailures {
    private ApiFailures() {
    }

    /** The server answered with an error status. */
    static OrchestrationException of(Response response, ObjectMapper mapper) {
        ServerError error = ServerError.read(response, mapper);
        return new OrchestrationException(kindOf(response.code()), response.code(), error.code(), error.message());
    }

    /** No answer came: the server is down, unreachable or too slow. {@code whatNow} is the advice that follows. */
    static OrchestrationException unreachable(HttpUrl api, IOException e, String whatNow) {
        return new OrchestrationException(Kind.UNREACHABLE, 0, "unreachable",
                "Cannot reach the Loupe server at " + root(api) + " (" + e.getMessage() + "). " + whatNow, e);
    }

    /** The circuit breaker is open: the call was not sent. {@code whatNow} is the advice that follows. */
    static OrchestrationException notAnswering(HttpUrl api, Duration retryIn, String whatNow) {
        long seconds = retryIn.plusNanos(999_999_999).getSeconds();
        String when = seconds > 0 ? "retrying in " + seconds + " s" : "trying again now";
        return new OrchestrationException(Kind.UNREACHABLE, 0, "not-answering",
                "The Loupe server at " + root(api) + " is not answering; " + when + ". " + whatNow);
    }

    private static HttpUrl root(HttpUrl api) {
        return api.newBuilder().encodedPath("/").build();
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 401 -> Kind.UNAUTHORIZED;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 409 -> Kind.CONFLICT;
            default -> status >= 500 ? Kind.SERVER_ERROR : Kind.REJECTED;
        };
    }

    /** The parts of an error answer a person needs; falls back to a sentence when the body is not ApiError JSON. */
    private record ServerError(String code, String message) {
        static ServerError read(Response response, ObjectMapper mapper) {
            try {
                ApiError apiError = mapper.readValue(response.body().byteStream(), ApiError.class);
                return new ServerError(apiError.error(), apiError.message());
            } catch (IOException | RuntimeException e) {
                String sentence = response.code() == 401
                        ? "The server did not accept the token. Ask an administrator for a valid one."
                        : "The server answered " + response.code() + " to " + response.request().method() + " "
                                + response.request().url().encodedPath() + " without an explanation.";
                return new ServerError("http-" + response.code(), sentence);
            }
        }
    }
}
