package dev.loupe.app;

import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code loupe gui}: the review workstation, on a server of the user's or on an embedded demo server. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {
            "Opens the review workstation.",
            "Without --server it starts an embedded server on a free localhost port, with a demo queue."
        })
final class GuiCommand implements Callable<Integer> {

    @Option(names = "--server", paramLabel = "URL",
            description = "Address of a running Loupe server, e.g. http://127.0.0.1:8470.")
    URI server;

    @Option(names = "--token", paramLabel = "T",
            description = "Bearer token for --server (default: the LOUPE_TOKEN environment variable).")
    String token;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder of the embedded server (default: ~/.local/share/loupe/demo-server).")
    Path data;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1440x900", converter = WindowSize.Converter.class,
            description = "Window size in pixels (default: ${DEFAULT-VALUE}).")
    WindowSize size = new WindowSize(1440, 900);

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "Open the first item, save screenshots of the workstation into DIR, and exit.")
    Path screenshots;

    @Override
    public Integer call() {
        DisplayCheck.require(System.getenv());
        DataFolders folders = DataFolders.ofThisUser();
        MediaCache cache = new MediaCache(folders.mediaCache());
        if (server != null) {
            RemoteServer remote = RemoteServer.of(server, token, System.getenv());
            if (data != null) {
                throw new UserError("--data is for the embedded server; a server given with --server keeps its own data.");
            }
            var client = new HttpOrchestrationClient(remote.uri(), remote.token(), cache);
            return WorkstationApp.run(new WorkstationApp.Session(client, server.toString(), size, screenshots));
        }
        if (token != null) {
            throw new UserError("--token goes with --server; the embedded server uses its own admin token.");
        }
        Path dataDir = data != null ? data : folders.demoServer();
        OrchestrationServer embedded = EmbeddedServer.start(ServerConfig.defaults(dataDir));
        try {
            if (embedded.intake().itemCount() == 0) {
                System.err.println("loupe: preparing the demo queue in " + dataDir + " (first run only)…");
                DemoQueue.seed(embedded, dataDir, Clock.systemUTC());
            }
            var client = new HttpOrchestrationClient(embedded.baseUri(), embedded.adminToken(), cache);
            String label = "Embedded server " + embedded.baseUri() + " · demo data in " + dataDir;
            return WorkstationApp.run(new WorkstationApp.Session(client, label, size, screenshots));
        } finally {
            embedded.close();
        }
    }
}
