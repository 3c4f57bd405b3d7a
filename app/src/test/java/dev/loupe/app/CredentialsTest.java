package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which server and token a command uses: --token, then LOUPE_TOKEN, then the config file. */
class CredentialsTest {
    private static final URI SERVER = URI.create("http://127.0.0.1:8470");

    @TempDir
    Path home;

    private ConfigFile config() {
        return new ConfigFile(new DataFolders(Map.of(), home).config());
    }

    private Path configWith(String text, String permissions) throws IOException {
        Path file = config().path();
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private Credentials credentials(Map<String, String> environment) {
        return new Credentials(environment, config());
    }

    @Test
    void theTokenOptionWinsOverTheEnvironmentAndTheConfigFile() throws IOException {
        configWith("server=" + SERVER + "\ntoken=saved\n", "rw-------");
        RemoteServer remote = credentials(Map.of("LOUPE_TOKEN", "env")).require(SERVER, "given");
        assertThat(remote.token()).isEqualTo("given");
        assertThat(remote.tokenSource()).isEqualTo("--token");
    }

    @Test
    void theEnvironmentWinsOverTheConfigFile() throws IOException {
        configWith("server=" + SERVER + "\ntoken=saved\n", "rw-------");
        RemoteServer remote = credentials(Map.of("LOUPE_TOKEN", "env")).require(null, null);
        assertThat(remote.uri()).isEqualTo(SERVER);
        assertThat(remote.token()).isEqualTo("env");
        assertThat(remote.tokenSource()).isEqualTo("LOUPE_TOKEN");
    }

    @Test
    void theConfigFileGivesServerAndTokenWhenNothingElseDoes() throws IOException {
        Path file = configWith("# signed in\nserver = " + SERVER + "/\ntoken = saved\n", "rw-------");
        RemoteServer remote = credentials(Map.of("LOUPE_TOKEN", " ")).find(null, null).orElseThrow();
        assertThat(remote.uri()).isEqualTo(URI.create(SERVER + "/"));
        assertThat(remote.token()).isEqualTo("saved");
        assertThat(remote.tokenSource()).isEqualTo(file.toString());
        assertThat(credentials(Map.of()).require(SERVER, null).token())
                .as("the same server, written without the trailing slash").isEqualTo("saved");
    }

    @Test
    void withoutAServerAnywhereThereIsNoneToConnectTo() throws IOException {
        assertThat(credentials(Map.of("LOUPE_TOKEN", "env")).find(null, null)).isEmpty();
        configWith("token=saved\n", "rw-------");
        assertThat(credentials(Map.of()).find(null, null)).isEmpty();
        assertThatThrownBy(() -> credentials(Map.of()).require(null, null)).isInstanceOf(UserError.class)
                .hasMessage("Which server? Pass --server URL, or sign in once with 'loupe login --server URL' to save"
                        + " it in " + config().path() + ".");
    }

    @Test
    void theConfigFilesTokenIsNeverSentToAnotherServer() throws IOException {
        Path file = configWith("server=" + SERVER + "\ntoken=saved\n", "rw-------");
        URI other = URI.create("http://elsewhere.example:8470");
        assertThatThrownBy(() -> credentials(Map.of()).require(other, null)).isInstanceOf(UserError.class)
                .hasMessage("The token in " + file + " is for " + SERVER + ", not " + other + ", so it is not sent"
                        + " there. Sign in with 'loupe login --server " + other + "' (this replaces the saved"
                        + " sign-in), or set LOUPE_TOKEN.");
    }

    @Test
    void noTokenAnywhereIsRefusedWithASentence() {
        assertThatThrownBy(() -> credentials(Map.of()).require(SERVER, null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("There is no token for " + SERVER + ". Sign in with 'loupe login --server "
                        + SERVER + "', or set LOUPE_TOKEN.");
    }

    @Test
    void aConfigFileOthersMayReadIsRefusedWithTheCommandThatFixesIt() throws IOException {
        Path file = configWith("server=" + SERVER + "\ntoken=saved\n", "rw-r--r--");
        assertThatThrownBy(() -> credentials(Map.of()).find(null, null)).isInstanceOf(UserError.class)
                .hasMessage(file + " has mode 0644, so other users may read the token in it. Make it yours alone"
                        + " with 'chmod 600 " + file + "', then run loupe again.")
                .hasMessageNotContaining("saved");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-----w-"));
        assertThatThrownBy(() -> credentials(Map.of()).find(null, null)).hasMessageContaining("has mode 0602");
    }

    @Test
    void theConfigFileIsNotReadWhenTheOptionsAndEnvironmentSayEverything() throws IOException {
        configWith("server=" + SERVER + "\ntoken=saved\n", "rw-rw-rw-");
        assertThat(credentials(Map.of()).require(SERVER, "given").token()).isEqualTo("given");
        assertThat(credentials(Map.of("LOUPE_TOKEN", "env")).require(SERVER, null).token()).isEqualTo("env");
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedWithASentence() throws IOException {
        assertThatThrownBy(() -> credentials(Map.of()).require(URI.create("ftp://host"), "t"))
                .isInstanceOf(UserError.class).hasMessageContaining("http:// or https://");
        Path file = configWith("server=127.0.0.1:8470\ntoken=saved\n", "rw-------");
        assertThatThrownBy(() -> credentials(Map.of()).find(null, null)).isInstanceOf(UserError.class)
                .hasMessage("The server in " + file + ", '127.0.0.1:8470', is not an http:// or https:// address."
                        + " Fix it, or sign in again with 'loupe login --server URL'.");
    }

    @Test
    void theConfigFileFollowsXdgConfigHome() {
        Path elsewhere = home.resolve("xdg");
        assertThat(new DataFolders(Map.of("XDG_CONFIG_HOME", elsewhere.toString()), home).config())
                .isEqualTo(elsewhere.resolve("loupe/config.properties"));
        assertThat(new DataFolders(Map.of(), home).config()).isEqualTo(home.resolve(".config/loupe/config.properties"));
    }

    @Test
    void aRemoteServerNeverShowsItsToken() {
        assertThat(new RemoteServer(SERVER, "s3cret", "LOUPE_TOKEN"))
                .hasToString(SERVER + " with the token from LOUPE_TOKEN");
        assertThat(new ConfigFile.Contents(SERVER, "s3cret").toString()).doesNotContain("s3cret");
    }
}
