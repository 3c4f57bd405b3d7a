package dev.loupe.inference.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.port.RegionReader;
import dev.loupe.inference.AnnotatorSettings;
import dev.loupe.inference.LocalAnnotators;
import dev.loupe.media.MediaTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reviewer gets back for a rectangle dragged over a page, read by real OCR. */
class OcrRegionReaderTest {
    private static final double PAGE_WIDTH = 1240;
    private static final double PAGE_HEIGHT = 1754;
    private static RegionReader reader;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        reader = LocalAnnotators.openRegionReader(AnnotatorSettings.defaults());
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    @Test
    void aRectangleOverOneLineReadsThatLineAlone() throws IOException {
        Path scan = TestDocuments.scan(folder.resolve("form.png"), "Claimant: Maria Lopez",
                "Policy number HX 1234 5678", "Date of loss 12/03/2024");

        // TestDocuments prints 30-pixel text with baselines 60 pixels apart from 150; the second line sits on 210.
        String read = reader.read(scan, MediaTypes.PNG, 0, new Box(100 / PAGE_WIDTH, 178 / PAGE_HEIGHT,
                700 / PAGE_WIDTH, 42 / PAGE_HEIGHT));

        assertThat(read).isEqualTo("Policy number HX 1234 5678");
    }

    @Test
    void aClickRatherThanARectangleReadsNothing() throws IOException {
        Path scan = TestDocuments.scan(folder.resolve("form.png"), "Claimant: Maria Lopez");

        assertThat(reader.read(scan, MediaTypes.PNG, 0, new Box(0.1, 0.1, 0.001, 0.001))).isEmpty();
    }

    @Test
    void aPageThatIsNotThereOrAFileThatCannotBeReadReadsNothing() throws IOException {
        Path scan = TestDocuments.scan(folder.resolve("form.png"), "Claimant: Maria Lopez");
        Path corrupt = Files.writeString(folder.resolve("corrupt.png"), "not a picture");

        assertThat(reader.read(scan, MediaTypes.PNG, 3, new Box(0, 0, 1, 1))).isEmpty();
        assertThat(reader.read(corrupt, MediaTypes.PNG, 0, new Box(0, 0, 1, 1))).isEmpty();
    }
}
