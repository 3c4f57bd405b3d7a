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
            String secret = token != null ? token : System.getenv("LOUPE_TOKEN");
            if (secret == null || secret.isBlank()) {
                throw new UserError("--server needs a token: pass --token T or set LOUPE_TOKEN. "
                        + "The server prints its admin token on first start and keeps it in its data folder.");
            }
            if (data != null) {
                throw new UserError("--data is for the embedded server; a server given with --server keeps its own data.");
            }
            if (server.getScheme() == null || !server.getScheme().startsWith("http")) {
                throw new UserError("--server must be an http:// or https:// address, got '" + server + "'.");
            }
            var client = new HttpOrchestrationClient(server, secret, cache);
            return WorkstationApp.run(new WorkstationApp.Session(client, server.toString(), size, screenshots, () -> { }));
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
            return WorkstationApp.run(new WorkstationApp.Session(client, label, size, screenshots, embedded::close));
        } finally {
            embedded.close();
        }
    }
}
