package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a person sees from the command line when they ask for help or get something wrong. */
class CommandLineTest {
    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(new Surroundings(Map.of(), home, InputStream.nullInputStream(), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("gui", "server", "login", "Opens the review workstation");
    }

    @Test
    void eachCommandHasHelpWithItsOptions() {
        assertThat(run("server", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "--data", "--demo", "--bind");
        assertThat(run("help", "gui")).isZero();
        assertThat(out.toString()).contains("--server", "--token", "--demo", "--screenshots");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("Unmatched argument", "'frobnicate'");
    }

    @Test
    void aBadOptionValueSaysWhatIsWrong() {
        assertThat(run("server", "--port", "eighty")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--port", "eighty");
        assertThat(run("gui", "--size", "huge")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("'huge' is not a size; write it as WIDTHxHEIGHT");
    }

    @Test
    void aTextSizeNoLayoutIsMadeForIsRefusedBeforeAnyWindow() {
        assertThat(run("gui", "--font-size", "40")).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).isEqualTo("loupe: --font-size must be between 10 and 28 pixels, got 40."
                + System.lineSeparator());
    }

    @Test
    void aPortOutOfRangeIsRefusedWithASentence() {
        assertThat(run("server", "--port", "70000")).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).isEqualTo("loupe: --port must be between 0 and 65535, got 70000." + System.lineSeparator());
    }

    @Test
    void aRemoteServerNeedsAToken() {
        assertThat(run("gui", "--server", "http://127.0.0.1:9")).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).contains("There is no token for http://127.0.0.1:9. Sign in with 'loupe login"
                + " --server http://127.0.0.1:9', or set LOUPE_TOKEN.");
    }
}
