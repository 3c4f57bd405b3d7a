package dev.loupe.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Times the frame that follows a change to a scene, on the FX thread: the CSS and layout of the scene's next pulse
 * (between its pre- and post-layout pulse listeners, so only what the change made dirty, as the real toolkit does
 * it), then, in the FX task after that pulse, a full render of the scene ({@code Scene.snapshot}: every node
 * drawn, plus reading the pixels back).
 */
final class FrameTimer {
    /** The pulse's CSS and layout, and the full render after it. */
    record Frame(long layoutNanos, long renderNanos) {
    }

    private final Scene scene;
    private final WritableImage pixels;
    private long pulseStart;
    private Consumer<Frame> waiting;

    /** On the FX thread. */
    FrameTimer(Scene scene) {
        this.scene = scene;
        this.pixels = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
        scene.addPostLayoutPulseListener(this::laidOut);
    }

    /** On the FX thread, right after a change: hands the next frame's times to {@code then}, on the FX thread. */
    void timeNextFrame(Consumer<Frame> then) {
        waiting = then;
        Platform.requestNextPulse();
    }

    private void laidOut() {
        Consumer<Frame> then = waiting;
        if (then == null) {
            return;
        }
        waiting = null;
        long layout = System.nanoTime() - pulseStart;
        // A snapshot inside the pulse would nest one; the task after it sees the scene as the pulse left it.
        Platform.runLater(() -> {
            long start = System.nanoTime();
            scene.snapshot(pixels);
            then.accept(new Frame(layout, System.nanoTime() - start));
        });
    }
}
