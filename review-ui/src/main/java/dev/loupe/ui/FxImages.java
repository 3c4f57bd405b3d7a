package dev.loupe.ui;

import dev.loupe.core.PageImage;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns rendered pages into JavaFX images without copying their pixels. */
final class FxImages {
    private FxImages() {
    }

    /** Pages are opaque, so their ARGB pixels are already premultiplied and can be wrapped as they are. */
    static Image of(PageImage page) {
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(
                page.width(), page.height(), IntBuffer.wrap(page.argb()), PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }
}
