package dev.loupe.app;

import dev.loupe.core.WorkItem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What an import did with each file, shown as it goes, and the summary a person reads at the end. */
final class ImportReport {
    /** A file that was not imported, and why, as a sentence. */
    record Skipped(Path file, String reason) {
    }

    private final String queue;
    private final PrintWriter out;
    private final List<Skipped> skipped = new ArrayList<>();
    private int imported;
    private String stoppedBecause;

    ImportReport(String queue, PrintWriter out) {
        this.queue = queue;
        this.out = out;
    }

    void imported(Path file, WorkItem item) {
        imported++;
        out.println("imported " + file + " as " + item.kind().wire() + " " + item.id());
        out.flush();
    }

    void skipped(Skipped file) {
        skipped.add(file);
    }

    /** The server cannot take more (unreachable, token refused, queue gone): the remaining files are not tried. */
    void stop(String reason) {
        stoppedBecause = reason;
    }

    /**
     * 0 when something was imported or there was nothing to import; 1 when every file failed or the import
     * stopped before the end.
     */
    int exitCode() {
        boolean nothingGiven = imported == 0 && skipped.isEmpty();
        return stoppedBecause == null && (imported > 0 || nothingGiven) ? 0 : FriendlyErrors.FAILED;
    }

    void printSummary() {
        if (imported == 0 && skipped.isEmpty() && stoppedBecause == null) {
            out.println("Nothing to import: no files were given or found.");
        } else {
            out.println("Imported " + (imported == 1 ? "1 file" : imported + " files") + " into queue '" + queue
                    + "'; skipped " + skipped.size() + ".");
        }
        for (Skipped file : skipped) {
            out.println("  skipped " + file.file() + ": " + file.reason());
        }
        if (stoppedBecause != null) {
            out.println("Stopped before the remaining files: " + stoppedBecause);
        }
        out.flush();
    }
}
