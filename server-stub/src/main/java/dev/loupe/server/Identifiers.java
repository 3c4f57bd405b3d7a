package dev.loupe.server;

import dev.loupe.core.Sha256;
import java.util.regex.Pattern;

/**
 * The shapes names and ids may take. Path parameters are checked before they reach a query, so a path trick
 * ({@code ..}, an encoded slash, a megabyte of text) is refused as a bad request, never looked up.
 */
final class Identifiers {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x20-\\x7E]{1,200}");
    private static final Pattern MODEL_TASK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern MODEL_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    private Identifiers() {
    }

    static boolean isQueueName(String value) {
        return value != null && QUEUE.matcher(value).matches();
    }

    static boolean isUserName(String value) {
        return value != null && USER.matcher(value).matches();
    }

    static String itemId(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw ApiException.badRequest("invalid-id", "'" + shown(raw) + "' is not an item id; item ids are 1 to 128"
                    + " letters, digits, '-' or '_'. Use the id exactly as the server gave it.");
        }
        return raw;
    }

    static String queue(String raw) {
        if (!isQueueName(raw)) {
            throw ApiException.badRequest("invalid-id", "'" + shown(raw) + "' is not a queue name; queue names are 1 to"
                    + " 64 letters, digits, '-' or '_'. List the queues with GET /api/v1/queues.");
        }
        return raw;
    }

    static String sha256(String raw) {
        if (!Sha256.isDigest(raw)) {
            throw ApiException.badRequest("invalid-id", "'" + shown(raw) + "' is not a media address; it must be the"
                    + " sha256 of the content as 64 lower-case hex characters.");
        }
        return raw;
    }

    static boolean isModelTask(String value) {
        return value != null && MODEL_TASK.matcher(value).matches();
    }

    /** Dots are allowed for names like 2026.11.1, but never two in a row, so a version never reads as a path. */
    static boolean isModelVersion(String value) {
        return value != null && MODEL_VERSION.matcher(value).matches() && !value.contains("..");
    }

    static String modelTask(String raw) {
        if (!isModelTask(raw)) {
            throw ApiException.badRequest("invalid-id", "'" + shown(raw) + "' is not a model task name; task names are"
                    + " 1 to 64 letters, digits, '-' or '_'. List the models with GET /api/v1/models.");
        }
        return raw;
    }

    static String modelVersion(String raw) {
        if (!isModelVersion(raw)) {
            throw ApiException.badRequest("invalid-id", "'" + shown(raw) + "' is not a model version; versions are 1 to"
                    + " 64 letters, digits, '.', '+', '-' or '_', starting with a letter or digit, with no '..'.");
        }
        return raw;
    }

    static String idempotencyKey(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.badRequest("invalid-idempotency-key", "A decision needs an Idempotency-Key header, so a"
                    + " retry cannot record it twice. Send a key unique to this decision, e.g. a random UUID.");
        }
        if (!IDEMPOTENCY_KEY.matcher(raw).matches()) {
            throw ApiException.badRequest("invalid-idempotency-key", "The Idempotency-Key header must be 1 to 200"
                    + " printable ASCII characters. Send a key such as a random UUID.");
        }
        return raw;
    }

    /** Keeps an echoed bad value short and printable, so an error message cannot be used to smuggle text. */
    static String shown(String raw) {
        if (raw == null) {
            return "";
        }
        String printable = raw.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
    }
}
