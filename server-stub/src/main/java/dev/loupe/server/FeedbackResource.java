package dev.loupe.server;

import dev.loupe.core.json.Json;
import java.io.IOException;

/** {@code /feedback}: recorded decisions as newline-delimited JSON, one {@code FeedbackRecord} a line, streamed. */
final class FeedbackResource {
    private static final String NDJSON = "application/x-ndjson";

    private final FeedbackExport export;
    private final QueueStore queues;

    FeedbackResource(FeedbackExport export, QueueStore queues) {
        this.export = export;
        this.queues = queues;
    }

    void export(Call call) throws IOException {
        FeedbackFilter filter = FeedbackFilter.of(call);
        if (filter.queue() != null && !queues.exists(filter.queue())) {
            throw ApiException.notFound("no-such-queue",
                    "There is no queue '" + filter.queue() + "'. List the queues with GET /api/v1/queues.");
        }
        call.stream(NDJSON, out -> export.forEach(filter, record -> {
            out.write(Json.mapper().writeValueAsBytes(record));
            out.write('\n');
        }));
    }
}
