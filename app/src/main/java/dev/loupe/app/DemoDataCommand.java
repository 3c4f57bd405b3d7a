package dev.loupe.app;

import dev.loupe.inference.BootstrapModels;
import dev.loupe.media.synth.SyntheticDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loupe demo-data DIR}: a labelled synthetic set, in the format {@code loupe eval documents} reads. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Writes synthetic documents of every type (claim forms, invoices, receipts, medical reports, police "
                + "reports, ID documents, letters, damage photos, others) as PDF, scanned PDF, PNG, JPEG, TIFF and photos "
                + "of paper, each NAME.EXT with NAME.json (its type and true fields) and NAME.txt (its true text). "
                + "The same seed always writes the same set. Evaluate on a seed the models were not trained on.")
final class DemoDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write into; created if needed.")
    Path folder;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100",
            description = "How many documents (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7",
            description = "Which set: the same seed writes the same documents (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 100_000) {
            throw new UserError("--count must be between 1 and 100000, got " + count + ".");
        }
        if (BootstrapModels.trainingSeeds().contains(seed)) {
            spec.commandLine().getErr().println("loupe: seed " + seed + " is one Loupe's models are trained on; "
                    + "figures measured on it would flatter them. Choose another seed for evaluation.");
        }
        int written = new SyntheticDocuments().generate(folder, count, seed).size();
        spec.commandLine().getErr().println("loupe: wrote " + written + " documents with their truth to " + folder);
        return 0;
    }
}
