package dev.loupe.app;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loupe bench server}: concurrent reviewers leasing and deciding over loopback HTTP. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Starts a server on a temporary folder, fills one queue, and lets M clients loop lease -> decide over "
                + "HTTP on loopback until it is empty, after a warm-up on a queue of its own. Prints throughput, latency "
                + "percentiles and any double lease.")
final class ServerBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--clients", paramLabel = "M", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--items", paramLabel = "N", defaultValue = "5000", description = "Items to decide (default: ${DEFAULT-VALUE}).")
    int items;

    // Fewer than about 15000 cycles leave the JIT compiler working through the measured run: in a profile at 2000
    // its threads took about a third of the CPU, which a server that runs all day does not pay.
    @Option(names = "--warmup", paramLabel = "W", defaultValue = "15000",
            description = "Cycles run first on a queue of their own and not measured, so the figures describe the"
                    + " server once the JIT compiler is done (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--keep", description = "Keep the server's temporary data folder and print where it is.")
    boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (clients < 1 || clients > 512) {
            throw new UserError("--clients must be between 1 and 512, got " + clients + ".");
        }
        if (items < 1 || items > 1_000_000) {
            throw new UserError("--items must be between 1 and 1000000, got " + items + ".");
        }
        if (warmup < 0 || warmup > 1_000_000) {
            throw new UserError("--warmup must be between 0 and 1000000, got " + warmup + ".");
        }
        Path dataDir = Files.createTempDirectory("loupe-bench-server");
        try {
            ServerBench.Result result = new ServerBench(dataDir, clients, items, warmup).run();
            spec.commandLine().getOut().println(
                    Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            return result.doubleLeases() == 0 && result.undecided() == 0 ? 0 : FriendlyErrors.FAILED;
        } finally {
            if (keep) {
                spec.commandLine().getErr().println("loupe: the benchmark's data folder is " + dataDir);
            } else {
                TempFolders.delete(dataDir);
            }
        }
    }
}
