package dev.loupe.server;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemSubmission;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** {@code POST /queues/{queue}/items}: work entering a queue over the API, referring to media uploaded before. */
final class IntakeResource {
    private final QueueStore queues;
    private final ItemStore items;
    private final MediaStore media;
    private final Clock clock;

    IntakeResource(QueueStore queues, ItemStore items, MediaStore media, Clock clock) {
        this.queues = queues;
        this.items = items;
        this.media = media;
        this.clock = clock;
    }

    void add(Call call) throws IOException {
        String queue = Identifiers.queue(call.pathParam("queue"));
        if (!queues.exists(queue)) {
            throw ApiException.notFound("no-such-queue", "There is no queue '" + queue + "'. An administrator creates"
                    + " queues; list the existing ones with GET /api/v1/queues.");
        }
        ItemSubmission submission = call.readJson(ItemSubmission.class);
        submission.assets().forEach(this::requireStored);
        ItemStore.NewItem item = new ItemStore.NewItem(queue, submission.kind(), submission.priority(),
                submission.slaDue(), submission.assets(), submission.metadata());
        call.json(201, items.add(item, Instant.ofEpochMilli(clock.millis())));
    }

    /** The asset must name stored bytes, with their true length, so a workstation can check what it downloads. */
    private void requireStored(Asset asset) {
        MediaStore.Blob blob = media.find(asset.sha256()).orElseThrow(() -> ApiException.badRequest(
                "media-not-stored", "The asset '" + Identifiers.shown(asset.fileName()) + "' (" + asset.sha256()
                        + ") is not stored on this server. Upload it with POST /api/v1/media first, then send the"
                        + " item again."));
        if (blob.size() != asset.size()) {
            throw ApiException.badRequest("invalid-asset", "The asset '" + Identifiers.shown(asset.fileName())
                    + "' gives its size as " + asset.size() + " bytes, but the stored media has " + blob.size()
                    + ". Send the asset as the upload answered it.");
        }
    }
}
