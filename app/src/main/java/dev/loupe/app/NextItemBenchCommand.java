package dev.loupe.app;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loupe bench next-item}: how long a reviewer waits for the next item over a slow, failing network. */
@Command(name = "next-item", mixinStandardHelpOptions = true,
        description = "Starts a server on a temporary folder behind a proxy that delays every request, and the workstation's "
                + "desk and view model with a synthetic reviewer who approves each item a set time after it shows. The "
                + "network is cut for a while after a third of the items. Prints the time from a decision to the next item "
                + "on screen, and how many decisions the server lost or applied twice (both must be 0).")
final class NextItemBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--items", paramLabel = "N", defaultValue = "60", description = "Items to decide (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--think-ms", paramLabel = "MS", defaultValue = "1000",
            description = "How long the reviewer looks at each item before approving it (default: ${DEFAULT-VALUE}).")
    long thinkMs;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "100",
            description = "Delay the proxy adds to every request (default: ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = "--cut-s", paramLabel = "S", defaultValue = "30",
            description = "How long the network is cut, after a third of the items (default: ${DEFAULT-VALUE}; 0: never).")
    long cutSeconds;

    @Option(names = "--ready", paramLabel = "R", defaultValue = "3",
            description = "Items kept ready ahead of the reviewer (default: ${DEFAULT-VALUE}).")
    int ready;

    @Option(names = "--keep", description = "Keep the benchmark's temporary data folder and print where it is.")
    boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        requireBetween("--items", items, 1, 10_000);
        requireBetween("--think-ms", thinkMs, 0, 600_000);
        requireBetween("--delay-ms", delayMs, 0, 60_000);
        requireBetween("--cut-s", cutSeconds, 0, 3_600);
        requireBetween("--ready", ready, 1, 100);
        Path dataDir = Files.createTempDirectory("loupe-bench-next-item");
        try {
            var settings = new NextItemBench.Settings(items, ready, Duration.ofMillis(thinkMs), Duration.ofMillis(delayMs),
                    Duration.ofSeconds(cutSeconds));
            NextItemBench.Result result = new NextItemBench(dataDir, settings).run();
            spec.commandLine().getOut().println(
                    Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            return result.lost() == 0 && result.duplicated() == 0 ? 0 : FriendlyErrors.FAILED;
        } finally {
            if (keep) {
                spec.commandLine().getErr().println("loupe: the benchmark's data folder is " + dataDir);
            } else {
                TempFolders.delete(dataDir);
            }
        }
    }

    private static void requireBetween(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new UserError(option + " must be between " + min + " and " + max + ", got " + value + ".");
        }
    }
}
