package dev.loupe.app;

import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loupe server}: runs the orchestration server alone until stopped. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Runs the orchestration server and prints its address. Stop it with Ctrl+C.")
final class ServerCommand implements Callable<Integer> {
    private static final long MIB = 1024 * 1024;
    /** 1 TiB: beyond any single review file, and a guard against a typo of extra digits. */
    private static final long MAX_UPLOAD_MB = 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8470",
            description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_BIND_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bindHost;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for the database, media and admin token (default: ~/.local/share/loupe/server).")
    Path data;

    @Option(names = "--demo", description = "Fill an empty server with the demo queues of synthetic claim documents.")
    boolean demo;

    @Option(names = "--max-upload-mb", paramLabel = "N", defaultValue = "2048",
            description = "Largest media file one upload may carry, in MiB (default: ${DEFAULT-VALUE}, i.e. 2 GiB).")
    long maxUploadMb;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserError("--port must be between 0 and 65535, got " + port + ".");
        }
        if (maxUploadMb < 1 || maxUploadMb > MAX_UPLOAD_MB) {
            throw new UserError("--max-upload-mb must be between 1 and " + MAX_UPLOAD_MB + " (1 TiB), got "
                    + maxUploadMb + ".");
        }
        Path dataDir = data != null ? data : DataFolders.ofThisUser().server();
        ServerConfig config = ServerConfig.defaults(dataDir).withPort(port).withBindHost(bindHost)
                .withMaxUploadBytes(maxUploadMb * MIB);
        OrchestrationServer server = EmbeddedServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "loupe-server-shutdown"));
        var out = spec.commandLine().getOut();
        if (demo) {
            int added = DemoQueue.seedIfEmpty(server, dataDir, Clock.systemUTC());
            out.println(added > 0 ? "Demo queue: added " + added + " synthetic documents."
                    : "Demo queue: the server already has items; nothing added.");
        }
        out.println("Loupe server listening on " + server.baseUri() + "  (data: " + dataDir.toAbsolutePath() + ")");
        server.createdAdminToken().ifPresent(token -> out.println(
                "Admin token (shown once; also saved to " + dataDir.resolve("admin.token") + "):\n  " + token));
        out.flush();
        stopped.await();
        return 0;
    }
}
