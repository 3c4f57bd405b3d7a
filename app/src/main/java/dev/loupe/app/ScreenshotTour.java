package dev.loupe.app;

import dev.loupe.core.EscalationReason;
import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.ui.FieldReview;
import dev.loupe.ui.FieldRow;
import dev.loupe.ui.FieldState;
import dev.loupe.ui.Phase;
import dev.loupe.ui.ReviewViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Walks the real window through what the docs show and saves each picture, so the screenshots come from the product
 * itself:
 * <ol>
 *   <li>{@code claim-form.png}: a claim form with its fields, the first of them focused;</li>
 *   <li>{@code escalate.png}: the escalation form with a reason and a note;</li>
 *   <li>{@code bundle.png}: a claim that arrived as several documents, on its receipt;</li>
 *   <li>{@code receipt-low-confidence.png}: a receipt with a low-confidence field selected;</li>
 *   <li>{@code offline.png}, when it may stop the server: the next item opened from the ready buffer with the
 *       decision waiting to sync.</li>
 * </ol>
 * Items that are not what a picture needs are skipped, as a reviewer would. A picture whose item does not come within
 * {@value #SKIPS_AT_MOST} items is taken of the nearest there is, and the tour says so. It gives up after three
 * minutes, saving what is on screen.
 */
final class ScreenshotTour {
    private static final Duration GIVE_UP_AFTER = Duration.minutes(3);
    private static final Duration SETTLE = Duration.millis(400);
    private static final int SKIPS_AT_MOST = 30;

    private final Scene scene;
    private final ReviewViewModel model;
    private final Path folder;
    private final IntConsumer done;
    private final Runnable stopServer;
    private final PauseTransition deadline = new PauseTransition(GIVE_UP_AFTER);
    private boolean finished;

    /** @param stopServer stops the server the workstation talks to; null when the tour may not */
    ScreenshotTour(Scene scene, ReviewViewModel model, Path folder, Runnable stopServer, IntConsumer done) {
        this.scene = scene;
        this.stopServer = stopServer;
        this.model = model;
        this.folder = folder;
        this.done = done;
    }

    void start() {
        deadline.setOnFinished(event -> {
            System.err.println("loupe: the screenshot tour did not finish within three minutes ("
                    + model.problemProperty().get() + "); saving what is on screen.");
            save("stuck.png");
            finish(1);
        });
        deadline.play();
        when(() -> model.phaseProperty().get() == Phase.CHOOSING && !model.queues().isEmpty(), () -> {
            model.selectQueue("claims");
            model.openNext();
            claimForm();
        });
    }

    private void claimForm() {
        find("a claim form", review -> review != null && model.documentNames().size() == 1
                && review.type().get() == DocumentType.CLAIM_FORM, () -> {
                    focusField(rows -> rows.stream().findFirst());
                    shoot("claim-form.png", this::escalation);
                });
    }

    private void escalation() {
        model.startEscalation();
        model.escalation().reasonProperty().set(EscalationReason.MISSING_PAGES);
        model.escalation().noteProperty().set("Page 2 (itemised costs) is not in the file.");
        shoot("escalate.png", () -> {
            model.cancelEscalation();
            bundle();
        });
    }

    private void bundle() {
        find("a claim of several documents", review -> model.documentNames().size() > 1, () -> {
            for (int i = 0; i < model.documentNames().size(); i++) {
                FieldReview review = model.fieldReviewProperty().get();
                if (review != null && review.type().get() == DocumentType.RECEIPT) {
                    break;
                }
                model.nextDocument();
            }
            focusField(rows -> rows.stream().filter(row -> row.name() == FieldName.TOTAL).findFirst());
            shoot("bundle.png", this::receipt);
        });
    }

    private void receipt() {
        model.selectQueue("receipts");
        model.openNext();
        find("a receipt with a low-confidence field", review -> review != null
                && review.type().get() == DocumentType.RECEIPT
                && review.rows().stream().anyMatch(row -> row.state() == FieldState.LOW_CONFIDENCE), () -> {
                    focusField(rows -> rows.stream().filter(row -> !row.value().isEmpty())
                            .min(Comparator.comparingDouble(FieldRow::confidence)));
                    shoot("receipt-low-confidence.png", this::offline);
                });
    }

    private void offline() {
        if (stopServer == null) {
            finish(0);
            return;
        }
        Thread stopping = new Thread(() -> {
            stopServer.run();
            Platform.runLater(() -> {
                model.approve();
                when(() -> !model.onlineProperty().get() && model.unsentProperty().get() > 0 && reviewing(),
                        () -> shoot("offline.png", () -> finish(0)));
            });
        }, "screenshot-stop-server");
        stopping.setDaemon(true);
        stopping.start();
    }

    // ---- steps ---------------------------------------------------------------------------------------------

    /**
     * Skips items until the one on screen is what the next picture needs, then goes on; after
     * {@value #SKIPS_AT_MOST} it goes on with the item it has and says so.
     */
    private void find(String what, Predicate<FieldReview> wanted, Runnable then) {
        find(what, wanted, then, 0);
    }

    private void find(String what, Predicate<FieldReview> wanted, Runnable then, int skipped) {
        when(this::reviewing, () -> {
            if (wanted.test(model.fieldReviewProperty().get())) {
                then.run();
            } else if (skipped >= SKIPS_AT_MOST) {
                System.err.println("loupe: no " + what + " came within " + SKIPS_AT_MOST + " items; the picture shows "
                        + "the item on screen.");
                then.run();
            } else {
                model.skip();
                find(what, wanted, then, skipped + 1);
            }
        });
    }

    /** Focuses the field the picture is about, as Tab and the arrow keys would. */
    private void focusField(Function<List<FieldRow>, Optional<FieldRow>> which) {
        FieldReview review = model.fieldReviewProperty().get();
        if (review != null) {
            which.apply(review.rows()).ifPresent(row -> review.focus(row.name()));
        }
    }

    /** Lets layout settle, saves the picture, and goes on. */
    private void shoot(String name, Runnable then) {
        after(SETTLE, () -> {
            save(name);
            then.run();
        });
    }

    private boolean reviewing() {
        return model.phaseProperty().get() == Phase.REVIEWING && !model.pages().isEmpty();
    }

    /** Runs {@code then} on the FX thread once {@code ready} holds, looking every 100 ms. */
    private void when(BooleanSupplier ready, Runnable then) {
        if (finished) {
            return;
        }
        if (ready.getAsBoolean()) {
            then.run();
        } else {
            after(Duration.millis(100), () -> when(ready, then));
        }
    }

    private void after(Duration wait, Runnable then) {
        PauseTransition pause = new PauseTransition(wait);
        pause.setOnFinished(event -> {
            if (!finished) {
                then.run();
            }
        });
        pause.play();
    }

    private void finish(int code) {
        if (!finished) {
            finished = true;
            deadline.stop();
            done.accept(code);
        }
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
