package dev.loupe.app;

import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command takes from the process it runs in: environment variables, home folder, standard input and the
 * terminal. Passed in rather than read from {@link System}, so tests never touch the real home or environment.
 *
 * @param console the terminal, or {@code null} when standard input or output is not one
 */
record Surroundings(Map<String, String> environment, Path home, InputStream in, Console console) {

    static Surroundings ofThisProcess() {
        return new Surroundings(System.getenv(), Path.of(System.getProperty("user.home")), System.in, System.console());
    }

    DataFolders folders() {
        return new DataFolders(environment, home);
    }

    ConfigFile configFile() {
        return new ConfigFile(folders().config());
    }
}
