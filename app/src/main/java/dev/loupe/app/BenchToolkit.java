package dev.loupe.app;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * JavaFX for a benchmark: on the desktop's display when there is one, else headless (Monocle, software rendering,
 * as the tests run it).
 */
final class BenchToolkit {
    private BenchToolkit() {
    }

    /**
     * Starts the toolkit unless it runs already (as under the tests); says which it is.
     *
     * @return {@code "monocle-headless-sw"} or the desktop's Glass platform
     */
    static String start(Map<String, String> environment) throws InterruptedException {
        boolean display = !blank(environment.get("DISPLAY")) || !blank(environment.get("WAYLAND_DISPLAY"));
        if (!display && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        if ("Monocle".equals(System.getProperty("glass.platform")) && !monocleAtHand()) {
            throw new UserError("There is no display, and the headless toolkit (Monocle) is not on the class path. "
                    + "Run it through ./loupe, which carries Monocle, or in a desktop session.");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        // The bench's windows come and go; the toolkit must outlive them (and, under the tests, the bench).
        Platform.setImplicitExit(false);
        return "Monocle".equals(System.getProperty("glass.platform")) ? "monocle-headless-sw"
                : System.getProperty("glass.platform", "desktop") + " (" + System.getProperty("prism.order", "default")
                + " pipeline)";
    }

    /** Runs {@code work} on the FX thread and returns its result, failing after a minute. */
    static <T> T onFx(Callable<T> work) throws InterruptedException {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new UserError("The FX thread did not finish a benchmark step within a minute.", e);
        }
    }

    private static boolean monocleAtHand() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false, BenchToolkit.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
