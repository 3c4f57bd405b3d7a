package dev.loupe.core.port;

/** A call to the orchestration API failed. The message is a sentence a reviewer can act on. */
public class OrchestrationException extends RuntimeException {

    /** What kind of failure, so callers can react without parsing messages. */
    public enum Kind {
        /** No answer: the server is down, unreachable, or too slow. */
        UNREACHABLE,
        /** The token is missing or not accepted. */
        UNAUTHORIZED,
        /** The token is valid but may not do this. */
        FORBIDDEN,
        /** The item, queue or media does not exist. */
        NOT_FOUND,
        /** The lease is stale or the item changed state meanwhile. */
        CONFLICT,
        /** The server refused the request as invalid. */
        REJECTED,
        /** The server failed; trying later may work. */
        SERVER_ERROR,
        /** The answer arrived but was not what the contract promises (corrupt media, bad JSON). */
        BAD_RESPONSE
    }

    private final Kind kind;
    private final int status;
    private final String code;

    public OrchestrationException(Kind kind, int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.code = code;
    }

    public OrchestrationException(Kind kind, int status, String code, String message) {
        this(kind, status, code, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The server's error code (see {@link dev.loupe.core.ApiError}), or a client-side code. */
    public String code() {
        return code;
    }
}
