package dev.loupe.app;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemSubmission;
import dev.loupe.core.WorkItem;
import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.OrchestrationException.Kind;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.UnreadableMediaException;
import dev.loupe.media.MediaTypes;
import dev.loupe.sync.ImportClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports files one at a time, each as one item: checks that Loupe can show it, uploads it, and adds the item. A
 * file that fails is skipped with its reason and the rest go on; a failure of the server as a whole stops the run.
 */
final class Importer {
    /** Failures that belong to one file; any other failure (token, reachability, the queue) would repeat for all. */
    private static final Set<Kind> FILE_FAILURES = EnumSet.of(Kind.REJECTED, Kind.SERVER_ERROR, Kind.BAD_RESPONSE);

    private final ImportClient client;
    private final PageRenderer renderer;
    private final String queue;
    private final int priority;
    private final Instant dueOrNull;

    /** @param dueOrNull when the items are due; null means now plus the queue's SLA */
    Importer(ImportClient client, PageRenderer renderer, String queue, int priority, Instant dueOrNull) {
        this.client = client;
        this.renderer = renderer;
        this.queue = queue;
        this.priority = priority;
        this.dueOrNull = dueOrNull;
    }

    void run(List<ImportSources.Source> sources, ImportReport report) {
        for (ImportSources.Source source : sources) {
            Path file = source.path();
            if (!source.usable()) {
                report.skipped(new ImportReport.Skipped(file, source.problem()));
                continue;
            }
            try {
                importOne(file, report);
            } catch (OrchestrationException e) {
                if (!FILE_FAILURES.contains(e.kind())) {
                    report.stop(e.getMessage());
                    return;
                }
                report.skipped(new ImportReport.Skipped(file, e.getMessage()));
            }
        }
    }

    private void importOne(Path file, ImportReport report) {
        String name = file.getFileName().toString();
        Optional<String> mediaType = MediaTypes.fromFileName(name);
        if (mediaType.isEmpty()) {
            report.skipped(new ImportReport.Skipped(file, "is not a kind of file Loupe reviews. It imports "
                    + String.join(", ", MediaTypes.fileExtensions()) + " files."));
            return;
        }
        Optional<String> problem = problemWith(file, name, mediaType.get());
        if (problem.isPresent()) {
            report.skipped(new ImportReport.Skipped(file, problem.get()));
            return;
        }
        Asset asset;
        try {
            asset = client.upload(file, mediaType.get());
        } catch (IOException e) {
            report.skipped(new ImportReport.Skipped(file, "could not be read (" + e.getMessage() + "). Check the disk"
                    + " or network share and import it again."));
            return;
        }
        ItemKind kind = MediaTypes.isVideo(mediaType.get()) ? ItemKind.VIDEO : ItemKind.DOCUMENT;
        WorkItem item = client.addItem(queue, new ItemSubmission(kind, priority, dueOrNull, List.of(asset),
                Map.of("source", "import", "file", file.toString())));
        report.imported(file, item);
    }

    /** Why Loupe could not show the file, found before it is sent; empty when it looks fine. */
    private Optional<String> problemWith(Path file, String name, String mediaType) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("is not a regular file (perhaps a broken link). Import the file it stands for.");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot be read with your permissions. Ask whoever manages it for read access.");
        }
        if (MediaTypes.isDocument(mediaType)) {
            try {
                renderer.open(file, mediaType, name).close();
                return Optional.empty();
            } catch (UnreadableMediaException e) {
                return Optional.of(e.getMessage());
            }
        }
        try {
            return Files.size(file) == 0
                    ? Optional.of("is empty (0 bytes), probably from an interrupted copy. Fetch the file again.")
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not be read (" + e.getMessage() + "). Check the disk and import it again.");
        }
    }
}
