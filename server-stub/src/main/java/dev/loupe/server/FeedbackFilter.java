package dev.loupe.server;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Which decisions a feedback export holds; every part is optional and they combine. Times are half-open:
 * {@code since <= recordedAt < until}, so consecutive exports that share a boundary never hold a decision twice.
 *
 * @param queue         only decisions on items of this queue
 * @param since         only decisions recorded at or after this
 * @param until         only decisions recorded before this
 * @param modelTask     with {@code modelVersion}: only decisions whose proposals came from this model version
 * @param modelVersion  see {@code modelTask}
 */
record FeedbackFilter(String queue, Instant since, Instant until, String modelTask, String modelVersion) {

    /** The filter a request's query asks for, or a 400 that says which parameter is wrong and how. */
    static FeedbackFilter of(Call call) {
        String queue = call.query("queue").map(FeedbackFilter::queue).orElse(null);
        Instant since = call.query("since").map(value -> instant("since", value)).orElse(null);
        Instant until = call.query("until").map(value -> instant("until", value)).orElse(null);
        if (since != null && until != null && !since.isBefore(until)) {
            throw ApiException.badRequest("invalid-parameter", "since (" + since + ") must be before until (" + until
                    + "). Swap them, or leave one out.");
        }
        Optional<String> model = call.query("model");
        if (model.isEmpty()) {
            return new FeedbackFilter(queue, since, until, null, null);
        }
        int colon = model.get().indexOf(':');
        String task = colon < 0 ? null : model.get().substring(0, colon);
        String version = colon < 0 ? null : model.get().substring(colon + 1);
        if (!Identifiers.isModelTask(task) || !Identifiers.isModelVersion(version)) {
            throw ApiException.badRequest("invalid-parameter", "The model parameter must be TASK:VERSION, e.g."
                    + " model=fields:2026.11.1, got '" + Identifiers.shown(model.get()) + "'. Encode a '+' in the"
                    + " version as %2B.");
        }
        return new FeedbackFilter(queue, since, until, task, version);
    }

    private static String queue(String value) {
        if (!Identifiers.isQueueName(value)) {
            throw ApiException.badRequest("invalid-parameter", "'" + Identifiers.shown(value) + "' is not a queue name;"
                    + " queue names are 1 to 64 letters, digits, '-' or '_'. List the queues with GET /api/v1/queues.");
        }
        return value;
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-parameter", "The " + name + " parameter must be an ISO-8601 time"
                    + " such as 2026-01-05T09:00:00Z, got '" + Identifiers.shown(value) + "'. Encode a '+' in an"
                    + " offset as %2B.");
        }
    }

    boolean byModel() {
        return modelTask != null;
    }
}
