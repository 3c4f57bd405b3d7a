package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Which server the workstation opens on: --server, else the saved one, else the embedded demo server. */
class GuiCommandTest {
    private static final URI SAVED = URI.create("http://127.0.0.1:8470");

    @TempDir
    Path home;

    private CommandLine cli() {
        return Main.commandLine(new Surroundings(Map.of(), home, InputStream.nullInputStream(), null));
    }

    /** The gui command as given on the command line, not run. */
    private GuiCommand gui(String... options) {
        CommandLine cli = cli();
        String[] args = new String[options.length + 1];
        args[0] = "gui";
        System.arraycopy(options, 0, args, 1, options.length);
        return cli.parseArgs(args).subcommand().commandSpec().commandLine().getCommand();
    }

    /** What plain {@code loupe} runs: the gui command with nothing given. */
    private GuiCommand plainLoupe() {
        CommandLine cli = cli();
        cli.parseArgs();
        return cli.getSubcommands().get("gui").getCommand();
    }

    private void save(String permissions) throws IOException {
        Path file = new DataFolders(Map.of(), home).config();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "server=" + SAVED + "\ntoken=saved\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }

    @Test
    void withoutAConfigFilePlainLoupeOpensTheDemo() {
        assertThat(plainLoupe().remoteServer()).isEmpty();
        assertThat(gui().remoteServer()).isEmpty();
    }

    @Test
    void aSavedServerIsWherePlainLoupeConnects() throws IOException {
        save("rw-------");
        assertThat(plainLoupe().remoteServer()).hasValueSatisfying(remote -> {
            assertThat(remote.uri()).isEqualTo(SAVED);
            assertThat(remote.token()).isEqualTo("saved");
        });
    }

    @Test
    void demoOrADataFolderOpensTheDemoWithoutReadingTheConfigFile() throws IOException {
        save("rw-r--r--");
        assertThat(gui("--demo").remoteServer()).isEmpty();
        assertThat(gui("--data", home.resolve("demo").toString()).remoteServer()).isEmpty();
        assertThatThrownBy(() -> gui().remoteServer()).isInstanceOf(UserError.class).hasMessageContaining("mode 0644");
    }

    @Test
    void theDemoDoesNotMixWithAServerOrAToken() {
        assertThatThrownBy(() -> gui("--demo", "--server", SAVED.toString()).remoteServer())
                .isInstanceOf(UserError.class).hasMessageStartingWith("--demo is for the embedded server");
        assertThatThrownBy(() -> gui("--token", "t").remoteServer())
                .isInstanceOf(UserError.class).hasMessageStartingWith("--token goes with --server");
    }
}
