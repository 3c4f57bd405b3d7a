package dev.loupe.app;

import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import dev.loupe.sync.Outbox;
import dev.loupe.ui.WorkstationView;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code loupe gui}: the review workstation, on a server of the user's or on an embedded demo server. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {
            "Opens the review workstation.",
            "It connects to --server, else to the server saved by 'loupe login'; with neither, or with --demo, it"
                    + " starts an embedded server on a free localhost port, with a demo queue."
        })
final class GuiCommand implements Callable<Integer> {
    private final Surroundings surroundings;

    @Option(names = "--server", paramLabel = "URL",
            description = "Address of a running Loupe server, e.g. http://127.0.0.1:8470 (default: the server saved"
                    + " by 'loupe login').")
    URI server;

    @Option(names = "--token", paramLabel = "T",
            description = "Bearer token for the server. Safer: 'loupe login' or the LOUPE_TOKEN environment"
                    + " variable, since a command line is visible to other users and kept in shell history.")
    String token;

    @Option(names = "--demo", description = "Use the embedded demo server even when 'loupe login' saved a server.")
    boolean demo;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder of the embedded server (default: ~/.local/share/loupe/demo-server); implies"
                    + " --demo.")
    Path data;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1440x900", converter = WindowSize.Converter.class,
            description = "Window size in pixels (default: ${DEFAULT-VALUE}).")
    WindowSize size = new WindowSize(1440, 900);

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "Walk the workstation through the pictures of the docs (a claim form, the escalation "
                    + "form, a claim of several documents, a receipt with a low-confidence field, and offline on the "
                    + "demo server), save them into DIR, and exit.")
    Path screenshots;

    @Option(names = "--ready", paramLabel = "N", defaultValue = "3",
            description = "Items kept leased, downloaded and rendered ahead of you (default: ${DEFAULT-VALUE}).")
    int ready = 3;

    @Option(names = "--media-cache-gb", paramLabel = "GB", defaultValue = "10",
            description = "Disk the downloaded media may take, least recently used going first; media of items you"
                    + " hold are never removed (default: ${DEFAULT-VALUE}).")
    double mediaCacheGb = 10;

    @Option(names = "--font-size", paramLabel = "PX", defaultValue = "13",
            description = "Text size of the workstation, from 10 to 28 pixels (default: ${DEFAULT-VALUE}); the "
                    + "layout grows with it.")
    int fontSize = 13;

    @Mixin
    AnnotatorOptions annotatorOptions = new AnnotatorOptions();

    /** Decisions the server confirmed are kept in the outbox this long, for looking back, then forgotten. */
    static final Duration KEEP_SENT = Duration.ofDays(30);

    GuiCommand(Surroundings surroundings) {
        this.surroundings = surroundings;
    }

    @Override
    public Integer call() {
        Optional<RemoteServer> remote = remoteServer();
        if (ready < 1 || ready > 50) {
            throw new UserError("--ready must be between 1 and 50, got " + ready + ".");
        }
        if (!(mediaCacheGb >= 0.1 && mediaCacheGb <= 100_000)) {
            throw new UserError("--media-cache-gb must be between 0.1 and 100000, got " + mediaCacheGb + ".");
        }
        if (fontSize < WorkstationView.MIN_FONT || fontSize > WorkstationView.MAX_FONT) {
            throw new UserError("--font-size must be between " + WorkstationView.MIN_FONT + " and "
                    + WorkstationView.MAX_FONT + " pixels, got " + fontSize + ".");
        }
        DisplayCheck.require(surroundings.environment());
        MediaCache cache = new MediaCache(surroundings.folders().mediaCache(), (long) (mediaCacheGb * (1L << 30)));
        if (remote.isPresent()) {
            var client = new HttpOrchestrationClient(remote.get().uri(), remote.get().token(), cache);
            Path outbox = surroundings.folders().outbox(remote.get().uri(), remote.get().token());
            return WorkstationApp.run(session(client, cache, outbox, remote.get().uri().toString(), null));
        }
        Path dataDir = data != null ? data : surroundings.folders().demoServer();
        OrchestrationServer embedded = EmbeddedServer.start(ServerConfig.defaults(dataDir));
        try {
            if (embedded.intake().itemCount() == 0) {
                System.err.println("loupe: preparing the demo queue in " + dataDir + " (first run only)…");
                DemoQueue.seed(embedded, dataDir, Clock.systemUTC());
            }
            var client = new HttpOrchestrationClient(embedded.baseUri(), embedded.adminToken(), cache);
            String label = "Embedded server " + embedded.baseUri() + " · demo data in " + dataDir;
            // The embedded server's port changes from run to run; its decisions wait beside its data instead.
            Path outbox = dataDir.resolve("workstation-outbox.db");
            return WorkstationApp.run(session(client, cache, outbox, label, embedded::close));
        } finally {
            embedded.close();
        }
    }

    /** @param stopServer how the screenshot tour may stop the server to show the workstation offline; null: never */
    private WorkstationApp.Session session(HttpOrchestrationClient client, MediaCache cache, Path outbox, String label,
            Runnable stopServer) {
        // Opened here, before any window: the FX thread does no disk work, and a locked or damaged outbox is said
        // as a sentence on the command line.
        Outbox opened = Outbox.open(outbox, Clock.systemUTC());
        opened.prune(KEEP_SENT);
        return new WorkstationApp.Session(client, cache, opened, ready, label, size, fontSize, screenshots,
                stopServer, annotatorOptions.settings(), new KeysFile(surroundings.folders().keys()).read());
    }

    /** The server to connect to, or empty for the embedded demo server. */
    Optional<RemoteServer> remoteServer() {
        if (demo || data != null) {
            if (server != null) {
                throw new UserError((demo ? "--demo" : "--data") + " is for the embedded server; a server given"
                        + " with --server keeps its own data. Leave out one of them.");
            }
            if (token != null) {
                throw tokenWithoutServer();
            }
            return Optional.empty();
        }
        Optional<RemoteServer> remote = Credentials.of(surroundings).find(server, token);
        if (remote.isEmpty() && token != null) {
            throw tokenWithoutServer();
        }
        return remote;
    }

    private static UserError tokenWithoutServer() {
        return new UserError("--token goes with --server; the embedded server uses its own admin token.");
    }
}
