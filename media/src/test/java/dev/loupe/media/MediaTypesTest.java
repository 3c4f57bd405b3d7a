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
    void unknownOrMissingExtensionsHaveNoMediaType() {
        assertThat(MediaTypes.fromFileName("clip.mp4")).isEmpty();
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
}
