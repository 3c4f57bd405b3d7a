package dev.loupe.app;

import dev.loupe.core.EscalationReason;
import dev.loupe.ui.Phase;
import dev.loupe.ui.ReviewViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Opens the first item, then saves {@code review.png} and {@code escalate.png} of the real window, so the
 * screenshots in the docs come from the product itself. When it may stop the server, it then does, approves the
 * item, and saves {@code offline.png}: the next item opened from the ready buffer, the decision waiting to sync.
 * Gives up after a minute if no item shows.
 */
final class ScreenshotTour {
    private static final Duration GIVE_UP_AFTER = Duration.minutes(1);

    private final Scene scene;
    private final ReviewViewModel model;
    private final Path folder;
    private final IntConsumer done;
    private final PauseTransition deadline = new PauseTransition(GIVE_UP_AFTER);
    private final InvalidationListener step = obs -> advance();
    private boolean opened;

    private final Runnable stopServer;

    /** @param stopServer stops the server the workstation talks to; null when the tour may not */
    ScreenshotTour(Scene scene, ReviewViewModel model, Path folder, Runnable stopServer, IntConsumer done) {
        this.scene = scene;
        this.stopServer = stopServer;
        this.model = model;
        this.folder = folder;
        this.done = done;
    }

    void start() {
        model.phaseProperty().addListener(step);
        model.pages().addListener(step);
        deadline.setOnFinished(event -> {
            System.err.println("loupe: no item was shown within a minute (" + model.problemProperty().get()
                    + "); saving what is on screen.");
            save("review.png");
            done.accept(1);
        });
        deadline.play();
        advance();
    }

    private void advance() {
        if (!opened && model.phaseProperty().get() == Phase.CHOOSING) {
            opened = true;
            model.openNext();
        } else if (model.phaseProperty().get() == Phase.REVIEWING && !model.pages().isEmpty()) {
            model.phaseProperty().removeListener(step);
            model.pages().removeListener(step);
            deadline.stop();
            finishAfterNextPulse();
        }
    }

    private void finishAfterNextPulse() {
        // One more pulse lets layout settle before the pixels are read.
        PauseTransition settle = new PauseTransition(Duration.millis(300));
        settle.setOnFinished(event -> {
            save("review.png");
            model.startEscalation();
            model.escalation().reasonProperty().set(EscalationReason.MISSING_PAGES);
            model.escalation().noteProperty().set("Page 2 (itemised costs) is not in the file.");
            PauseTransition dialog = new PauseTransition(Duration.millis(300));
            dialog.setOnFinished(e -> {
                save("escalate.png");
                model.cancelEscalation();
                if (stopServer == null) {
                    done.accept(0);
                } else {
                    goOffline();
                }
            });
            dialog.play();
        });
        settle.play();
    }

    private void goOffline() {
        Thread stopping = new Thread(() -> {
            stopServer.run();
            Platform.runLater(() -> {
                InvalidationListener waiting = new InvalidationListener() {
                    @Override
                    public void invalidated(javafx.beans.Observable obs) {
                        if (!model.onlineProperty().get() && model.unsentProperty().get() > 0
                                && model.phaseProperty().get() == Phase.REVIEWING) {
                            model.onlineProperty().removeListener(this);
                            model.unsentProperty().removeListener(this);
                            model.phaseProperty().removeListener(this);
                            PauseTransition settle = new PauseTransition(Duration.millis(300));
                            settle.setOnFinished(e -> {
                                save("offline.png");
                                done.accept(0);
                            });
                            settle.play();
                        }
                    }
                };
                model.onlineProperty().addListener(waiting);
                model.unsentProperty().addListener(waiting);
                model.phaseProperty().addListener(waiting);
                model.approve();
            });
        }, "screenshot-stop-server");
        stopping.setDaemon(true);
        stopping.start();
    }

    private void save(String name) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.out.println("Saved " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UserError("Cannot write the screenshot into " + folder + ": " + e.getMessage() + ".", e);
        }
    }
}
