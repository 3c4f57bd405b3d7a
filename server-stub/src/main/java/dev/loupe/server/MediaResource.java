package dev.loupe.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** {@code /media}: uploads into the content-addressed store, and the bytes of a stored blob, whole or in part. */
final class MediaResource {
    private final MediaStore media;
    private final long maxUploadBytes;

    MediaResource(MediaStore media, long maxUploadBytes) {
        this.media = media;
        this.maxUploadBytes = maxUploadBytes;
    }

    void get(Call call) throws IOException {
        String sha256 = Identifiers.sha256(call.pathParam("sha256"));
        MediaStore.Blob blob = media.find(sha256).orElseThrow(() -> ApiException.notFound("no-such-media",
                "No media with sha256 " + sha256 + " is stored here. Check the item's asset list."));
        call.responseHeader("Accept-Ranges", "bytes");
        Optional<ByteRange> range = ByteRange.requested(call.header("Range"), blob.size());
        if (range.isEmpty()) {
            call.file(blob.mediaType(), blob.file());
        } else if (range.get().satisfiable()) {
            call.filePart(blob.mediaType(), blob.file(), range.get());
        } else {
            call.responseHeader("Content-Range", "bytes */" + blob.size());
            throw new ApiException(416, "range-not-satisfiable", "The range asked for lies outside the file, which"
                    + " has " + blob.size() + " bytes. Ask for a range within it, or for the whole file.");
        }
    }

    /**
     * Streams the body into the store while hashing it: 201 with the asset when the bytes are new, 200 when they
     * were stored before. A body over the limit or not matching its X-Sha256 leaves nothing behind.
     */
    void upload(Call call) throws IOException {
        UploadHeaders headers;
        try {
            headers = UploadHeaders.of(call);
            if (call.contentLength().orElse(0) > maxUploadBytes) {
                throw tooLarge("The upload is " + call.contentLength().getAsLong() + " bytes, over");
            }
        } catch (ApiException refused) {
            call.discardBody();
            throw refused;
        }
        MediaStore.Kept kept;
        try (InputStream body = call.body(); MediaStore.Incoming incoming = media.receive(body, maxUploadBytes)) {
            if (incoming.overLimit()) {
                call.discardBody();
                throw tooLarge("The upload went past");
            }
            Optional<String> claimed = headers.sha256();
            if (claimed.isPresent() && !claimed.get().equals(incoming.sha256())) {
                throw ApiException.badRequest("sha256-mismatch", "The file arrived with sha256 " + incoming.sha256()
                        + ", not the " + claimed.get() + " given in X-Sha256, so it was not stored. It changed or was"
                        + " damaged on the way; send it again.");
            }
            kept = incoming.keep(headers.mediaType(), headers.fileName().orElse(incoming.sha256()));
        }
        // Answered once the incoming file is gone, so a client that looks at the store right after sees it clean.
        call.json(kept.added() ? 201 : 200, kept.asset());
    }

    private ApiException tooLarge(String what) {
        long mib = 1024 * 1024;
        String limit = maxUploadBytes % mib == 0 ? maxUploadBytes / mib + " MiB" : maxUploadBytes + " bytes";
        return new ApiException(413, "body-too-large", what + " this server's upload limit of " + limit + ", so"
                + " nothing was stored. Compress or split the file, or ask an administrator to raise the limit"
                + " (loupe server --max-upload-mb).");
    }
}
