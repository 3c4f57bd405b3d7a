package dev.loupe.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewer's {@code keys.properties}: one line an action, {@code approve=Ctrl+Enter, A}. Only read here; what
 * the lines mean, and what is wrong with them, is said by {@link dev.loupe.ui.KeyBindings}.
 */
final class KeysFile {
    private final Path path;

    KeysFile(Path path) {
        this.path = path;
    }

    /**
     * The file's lines, action to keys, in the file's order; empty when there is no file. A line without '=' keeps
     * its text as the action with no keys, so it is said to be wrong rather than dropped.
     *
     * @throws UserError when the file is there but cannot be read
     */
    Map<String, String> read() {
        Map<String, String> lines = new LinkedHashMap<>();
        try {
            for (String raw : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                int equals = line.indexOf('=');
                lines.put(equals < 0 ? line : line.substring(0, equals).strip(),
                        equals < 0 ? "" : line.substring(equals + 1).strip());
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UserError("Cannot read the keys file " + path + " (" + e.getMessage() + "). Fix or delete it;"
                    + " without it every key is the default.", e);
        }
        return lines;
    }
}
