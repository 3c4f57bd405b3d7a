package dev.loupe.app;

import picocli.CommandLine.Command;

/** {@code loupe bench …}: measurements that print one JSON object each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures Loupe on this machine and prints the figures as one JSON object.",
        subcommands = {ServerBenchCommand.class, NextItemBenchCommand.class, DocumentBenchCommand.class,
            ReviewScreenBenchCommand.class})
final class BenchCommand {
}
