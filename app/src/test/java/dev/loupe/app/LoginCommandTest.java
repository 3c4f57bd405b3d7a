package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code loupe login} against a real server, and what later commands do with what it saved. */
class LoginCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path dataDir;

    private OrchestrationServer server;
    private Path configFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> log = new ArrayList<>();
    private final Handler logCapture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            synchronized (log) {
                log.add(formatter.format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void startServer() throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        server.intake().ensureQueue("claims", Duration.ofHours(4));
        configFile = new DataFolders(Map.of(), home).config();
        Logger.getLogger("").addHandler(logCapture);
    }

    @AfterEach
    void stopServer() {
        Logger.getLogger("").removeHandler(logCapture);
        server.close();
    }

    private int run(String standardInput, String... args) {
        var in = new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8));
        CommandLine cli = Main.commandLine(new Surroundings(Map.of(), home, in, null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int login(String standardInput) {
        return run(standardInput, "login", "--server", server.baseUri().toString());
    }

    @Test
    void loginSavesAnOwnerOnlyConfigWhoseTokenLaterCommandsUse() throws IOException {
        String token = server.adminToken();
        assertThat(login(token + "\n")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("Signed in to " + server.baseUri() + " as admin (admin). The token is"
                + " saved in " + configFile + ", readable by you only." + System.lineSeparator());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.readAllLines(configFile)).contains("server=" + server.baseUri(), "token=" + token);
        try (var files = Files.list(configFile.getParent())) {
            assertThat(files).as("no file left over from writing").containsExactly(configFile);
        }

        Path scan = home.resolve("scan.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", scan.toFile());
        assertThat(run("", "import", "--queue", "claims", scan.toString())).as(err.toString()).isZero();
        assertThat(server.intake().itemCount()).isEqualTo(1);

        assertThat(log).anySatisfy(line -> assertThat(line)
                .contains("Using the server at " + server.baseUri() + " with the token from " + configFile));
        assertThat(out.toString() + err + log).doesNotContain(token);
    }

    @Test
    void loginReplacesAConfigFileOthersCouldRead() throws IOException {
        Files.createDirectories(configFile.getParent());
        Files.writeString(configFile, "server=http://old.example\ntoken=old\n");
        Files.setPosixFilePermissions(configFile, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(login(server.adminToken())).as(err.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile))).isEqualTo("rw-------");
        assertThat(Files.readString(configFile)).doesNotContain("old.example", "token=old");
    }

    @Test
    void aWrongTokenGetsTheServersSentenceAndNothingIsSaved() {
        String wrong = "not-the-right-token";
        assertThat(login(wrong + "\n")).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).isEqualTo("loupe: The bearer token was not accepted. Check that it was copied"
                + " whole, or ask an administrator for a new one." + System.lineSeparator());
        assertThat(configFile).doesNotExist();
        assertThat(out.toString() + err + log).doesNotContain(wrong);
    }

    @Test
    void noTokenOrSomethingElseOnStandardInputIsRefusedWithASentence() {
        assertThat(login("")).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).startsWith("loupe: No token was given. Paste the token when asked, or pass it on"
                + " standard input, e.g. 'loupe login --server " + server.baseUri() + " < token.txt'.");

        err.getBuffer().setLength(0);
        assertThat(login("my token is here\n")).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).startsWith("loupe: What was given is not a bearer token")
                .doesNotContain("my token is here");
        assertThat(configFile).doesNotExist();
    }

    @Test
    void aTokenOnTheCommandLineIsRefusedWithoutShowingIt() {
        String token = server.adminToken();
        assertThat(run("", "login", "--server", server.baseUri().toString(), "--token", token))
                .isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).startsWith("loupe: login reads the token from the terminal or standard input");
        assertThat(out.toString() + err + log).doesNotContain(token);
        assertThat(configFile).doesNotExist();
    }
}
