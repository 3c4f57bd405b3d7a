package dev.loupe.app;

import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.core.port.RegionReader;
import dev.loupe.inference.AnnotatingPreparation;
import dev.loupe.inference.AnnotatorSettings;
import dev.loupe.inference.LocalAnnotators;
import dev.loupe.inference.fields.CheckingFieldValues;
import dev.loupe.media.DocumentRenderer;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import dev.loupe.sync.Outbox;
import dev.loupe.sync.SyncedDesk;
import dev.loupe.testing.ManualScheduler;
import dev.loupe.ui.DocumentPages;
import dev.loupe.ui.ReviewViewModel;
import dev.loupe.ui.WorkstationView;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The whole review stack for tests that work through the window: a real server on a real port, the HTTP client,
 * the desk with its SQLite outbox, the local models pre-annotating, and the workstation on a stage. Background work
 * runs inline, so a key's effects are done when the FX events are.
 */
final class ReviewStack implements AutoCloseable {
    /** Loupe's models as the tests train them once, with the OCR that reads dragged rectangles. */
    record Models(DocumentAnnotator annotator, RegionReader regions) implements AutoCloseable {
        static Models open() {
            AnnotatorSettings settings = AnnotatorSettings.defaults().withModels(AppTestModels.folder());
            return new Models(LocalAnnotators.open(settings, message -> { }),
                    LocalAnnotators.openRegionReader(settings));
        }

        @Override
        public void close() {
            annotator.close();
            regions.close();
        }
    }

    /** Puts the test's work on the server before the workstation connects. */
    @FunctionalInterface
    interface Seeder {
        void seed(OrchestrationServer server, Path folder) throws IOException;
    }

    final OrchestrationServer server;
    final HttpOrchestrationClient client;
    final SyncedDesk desk;
    final ReviewViewModel model;

    private ReviewStack(OrchestrationServer server, HttpOrchestrationClient client, SyncedDesk desk,
            ReviewViewModel model) {
        this.server = server;
        this.client = client;
        this.desk = desk;
        this.model = model;
    }

    static ReviewStack show(Stage stage, Path dataDir, Path cacheDir, Models models, Seeder seeder)
            throws IOException {
        OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        seeder.seed(server, dataDir.resolve("demo-documents"));
        MediaCache media = new MediaCache(cacheDir);
        HttpOrchestrationClient client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(), media);
        DocumentPages pages = new DocumentPages(new DocumentRenderer());
        AnnotatingPreparation annotate = new AnnotatingPreparation(() -> Optional.of(models.annotator()), () -> "");
        var inline = new SyncedDesk.Executors(ManualScheduler.inline(), ManualScheduler.inline(),
                ManualScheduler.inline());
        SyncedDesk desk = new SyncedDesk(client, media, Outbox.open(dataDir.resolve("outbox.db"), Clock.systemUTC()),
                item -> annotate.prepare(pages.preloader().prepare(item)), 1, inline, Clock.systemUTC(), () -> 0.5);
        ReviewViewModel model = new ReviewViewModel(client, desk, pages, ReviewViewModel.Workers.sameThread(),
                Clock.systemUTC(), Optional.of(models.regions()), new CheckingFieldValues(Clock.systemUTC()));
        stage.setScene(new WorkstationView(model, Clock.systemUTC(), "test server").createScene(1280, 800));
        stage.show();
        model.connect();
        return new ReviewStack(server, client, desk, model);
    }

    @Override
    public void close() {
        desk.close();
        server.close();
    }
}
