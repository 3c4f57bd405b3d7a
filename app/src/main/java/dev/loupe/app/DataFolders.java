package dev.loupe.app;

import dev.loupe.core.Sha256;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Where Loupe keeps files by default, following the XDG base directories. */
final class DataFolders {
    private final Map<String, String> environment;
    private final Path home;

    DataFolders(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    static DataFolders ofThisUser() {
        return new DataFolders(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The embedded demo server's data folder. */
    Path demoServer() {
        return data().resolve("demo-server");
    }

    /** Data folder of a stand-alone server started without --data. */
    Path server() {
        return data().resolve("server");
    }

    /** Downloaded media of the workstation. */
    Path mediaCache() {
        return base("XDG_CACHE_HOME", ".cache").resolve("loupe").resolve("media");
    }

    /** The workstation's settings: the server to use and its token, written by {@code loupe login}. */
    Path config() {
        return base("XDG_CONFIG_HOME", ".config").resolve("loupe").resolve("config.properties");
    }

    /** The reviewer's keys, e.g. {@code approve=Ctrl+Enter, A}: see {@link KeysFile}. */
    Path keys() {
        return base("XDG_CONFIG_HOME", ".config").resolve("loupe").resolve("keys.properties");
    }

    /**
     * The outbox of decisions for one server and user. Each pair has its own file, so a decision is only ever sent
     * to the server it was made on, under the token of whoever made it; the token itself is not in the name.
     */
    Path outbox(URI server, String token) {
        String place = (server.getHost() + "-" + server.getPort()).replaceAll("[^A-Za-z0-9.-]", "_");
        String who = Sha256.of(token.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        return data().resolve("outbox").resolve(place + "-" + who + ".db");
    }

    private Path data() {
        return base("XDG_DATA_HOME", ".local/share").resolve("loupe");
    }

    private Path base(String variable, String fallback) {
        String value = environment.get(variable);
        return value != null && !value.isBlank() ? Path.of(value) : home.resolve(fallback);
    }
}
