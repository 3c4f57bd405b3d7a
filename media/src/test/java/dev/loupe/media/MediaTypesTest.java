package dev.loupe.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void fileNamesMapToTheirMediaTypeIgnoringCase() {
        assertThat(MediaTypes.fromFileName("claim.PDF")).contains(MediaTypes.PDF);
        assertThat(MediaTypes.fromFileName("scan.png")).contains(MediaTypes.PNG);
        assertThat(MediaTypes.fromFileName("photo.jpg")).contains(MediaTypes.JPEG);
        assertThat(MediaTypes.fromFileName("photo.Jpeg")).contains(MediaTypes.JPEG);
        assertThat(MediaTypes.fromFileName("fax.tif")).contains(MediaTypes.TIFF);
        assertThat(MediaTypes.fromFileName("fax.v2.TIFF")).contains(MediaTypes.TIFF);
    }

    @Test
    void videoFileNamesMapToVideoTypes() {
        assertThat(MediaTypes.fromFileName("clip.mp4")).contains(MediaTypes.MP4);
        assertThat(MediaTypes.fromFileName("phone.MOV")).contains(MediaTypes.QUICKTIME);
        assertThat(MediaTypes.fromFileName("cam.mkv")).contains(MediaTypes.MATROSKA);
        assertThat(MediaTypes.fromFileName("screen.webm")).contains(MediaTypes.WEBM);
        assertThat(MediaTypes.fileExtensions())
                .containsExactly("jpeg", "jpg", "mkv", "mov", "mp4", "pdf", "png", "tif", "tiff", "webm");
    }

    @Test
    void unknownOrMissingExtensionsHaveNoMediaType() {
        assertThat(MediaTypes.fromFileName("notes.txt")).isEmpty();
        assertThat(MediaTypes.fromFileName("clip.avi")).isEmpty();
        assertThat(MediaTypes.fromFileName("README")).isEmpty();
        assertThat(MediaTypes.fromFileName("trailing.")).isEmpty();
    }

    @Test
    void documentsAreThePageTypesWhateverTheirParametersOrCase() {
        assertThat(MediaTypes.isDocument("application/pdf")).isTrue();
        assertThat(MediaTypes.isDocument("Image/PNG")).isTrue();
        assertThat(MediaTypes.isDocument("image/jpeg; charset=binary")).isTrue();
        assertThat(MediaTypes.isDocument("image/tiff")).isTrue();
        assertThat(MediaTypes.isDocument("video/mp4")).isFalse();
        assertThat(MediaTypes.isDocument(null)).isFalse();
    }

    @Test
    void videosAreTheVideoTypesAndNotDocuments() {
        assertThat(MediaTypes.isVideo("video/mp4")).isTrue();
        assertThat(MediaTypes.isVideo("Video/WebM; codecs=vp9")).isTrue();
        assertThat(MediaTypes.isVideo("video/quicktime")).isTrue();
        assertThat(MediaTypes.isVideo("video/x-matroska")).isTrue();
        assertThat(MediaTypes.isVideo("application/pdf")).isFalse();
        assertThat(MediaTypes.isVideo(null)).isFalse();
    }
}
