package dev.loupe.server;

import java.io.IOException;

/** {@code /media/{sha256}}: the bytes of a stored blob, streamed. */
final class MediaResource {
    private final MediaStore media;

    MediaResource(MediaStore media) {
        this.media = media;
    }

    void get(Call call) throws IOException {
        String sha256 = Identifiers.sha256(call.pathParam("sha256"));
        MediaStore.Blob blob = media.find(sha256).orElseThrow(() -> ApiException.notFound("no-such-media",
                "No media with sha256 " + sha256 + " is stored here. Check the item's asset list."));
        call.file(blob.mediaType(), blob.file());
    }
}
