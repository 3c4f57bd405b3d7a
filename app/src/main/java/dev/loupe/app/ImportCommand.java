package dev.loupe.app;

import dev.loupe.media.DocumentRenderer;
import dev.loupe.sync.ImportClient;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code loupe import}: documents and videos from files and folders into a queue of a running server. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Imports files into a queue of a running server, one item per file.",
            "Folders are searched in name order, with their subfolders; hidden files are left out. Documents (pdf, png,"
                    + " jpg, jpeg, tif, tiff) are checked to open before they are sent; videos are mp4, mov, mkv or"
                    + " webm. Files that cannot be imported are listed with the reason, and the rest are imported.",
            "Needs a supervisor's or admin's token. Exits 0 when anything was imported or nothing was given, and 1"
                    + " when every file failed or the server stopped the import."
        })
final class ImportCommand implements Callable<Integer> {
    private final Surroundings surroundings;

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL",
            description = "Address of the running Loupe server, e.g. http://127.0.0.1:8470 (default: the server"
                    + " saved by 'loupe login').")
    URI server;

    @Option(names = "--token", paramLabel = "T",
            description = "A supervisor's or admin's bearer token. Safer: 'loupe login' or the LOUPE_TOKEN"
                    + " environment variable, since a command line is visible to other users and kept in shell history.")
    String token;

    @Option(names = "--queue", paramLabel = "Q", required = true,
            description = "The queue the items go into; it must exist on the server.")
    String queue;

    @Option(names = "--priority", paramLabel = "P", defaultValue = "0",
            description = "Priority of every item, higher is more urgent (default: ${DEFAULT-VALUE}).")
    int priority;

    @Option(names = "--due", paramLabel = "ISO", converter = DueTime.class,
            description = "When every item is due, e.g. 2026-01-05T17:00:00Z (default: now plus the queue's SLA).")
    Instant due;

    @Parameters(paramLabel = "FILES_OR_FOLDERS", arity = "0..*", description = "Files and folders to import.")
    List<Path> paths = List.of();

    ImportCommand(Surroundings surroundings) {
        this.surroundings = surroundings;
    }

    @Override
    public Integer call() {
        RemoteServer remote = Credentials.of(surroundings).require(server, token);
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report = new ImportReport(queue, out);
        List<ImportSources.Source> sources = ImportSources.find(paths);
        ImportClient client = new ImportClient(remote.uri(), remote.token());
        if (sources.stream().anyMatch(ImportSources.Source::usable)) {
            requireQueue(client, remote.uri());
        }
        new Importer(client, new DocumentRenderer(), queue, priority, due).run(sources, report);
        report.printSummary();
        return report.exitCode();
    }

    /** Checked once up front, so a mistyped queue costs no uploads. */
    private void requireQueue(ImportClient client, URI at) {
        List<String> queues = client.queueNames();
        if (!queues.contains(queue)) {
            throw new UserError("There is no queue '" + queue + "' on " + at + (queues.isEmpty() ? ""
                    : " (it has " + String.join(", ", queues) + ")") + ". Ask an administrator to create it"
                    + " with PUT /api/v1/queues/" + queue + ", then import again.");
        }
    }

    /** An ISO-8601 time with its zone or offset, so a due time means the same wherever the import runs. */
    static final class DueTime implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time with a zone; write it as ISO-8601,"
                        + " e.g. 2026-01-05T17:00:00Z or 2026-01-05T18:00:00+01:00.");
            }
        }
    }
}
