package dev.loupe.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    /** The pulse's CSS and layout (wall and FX-thread CPU time), and the full render after it. */
    record Frame(long layoutNanos, long layoutCpuNanos, long renderNanos) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Scene scene;
    private final WritableImage pixels;
    private long pulseStart;
    private long pulseCpuStart;
    private Consumer<Frame> waiting;

    /** On the FX thread. */
    FrameTimer(Scene scene) {
        this.scene = scene;
        this.pixels = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        scene.addPreLayoutPulseListener(() -> {
            pulseStart = System.nanoTime();
            pulseCpuStart = cpuNow();
        });
        scene.addPostLayoutPulseListener(this::laidOut);
    }

    /** On the FX thread, right after a change: hands the next frame's times to {@code then}, on the FX thread. */
    void timeNextFrame(Consumer<Frame> then) {
        waiting = then;
        Platform.requestNextPulse();
    }

    /** CPU time the calling thread has used, in nanoseconds; what it cost, whatever else ran on the cores meanwhile. */
    static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private void laidOut() {
        Consumer<Frame> then = waiting;
        if (then == null) {
            return;
        }
        waiting = null;
        long layout = System.nanoTime() - pulseStart;
        long layoutCpu = cpuNow() - pulseCpuStart;
        // A snapshot inside the pulse would nest one; the task after it sees the scene as the pulse left it.
        Platform.runLater(() -> {
            long start = System.nanoTime();
            scene.snapshot(pixels);
            then.accept(new Frame(layout, layoutCpu, System.nanoTime() - start));
        });
    }
}
