package dev.loupe.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files an import was given: named files as they are, and the files inside named folders, found depth-first in
 * name order so every run imports in the same order. Hidden files and folders inside a folder are left out, and
 * links to folders are not followed, so nothing is found twice.
 */
final class ImportSources {
    private static final Comparator<Path> BY_NAME = Comparator.comparing(path -> path.getFileName().toString());

    /** A file to import, or a path that cannot be used, with why. */
    record Source(Path path, String problem) {
        boolean usable() {
            return problem == null;
        }
    }

    private final List<Source> sources = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();

    private ImportSources() {
    }

    /** What the arguments hold, in the order they were given and found. */
    static List<Source> find(List<Path> arguments) {
        ImportSources found = new ImportSources();
        for (Path argument : arguments) {
            if (!Files.exists(argument)) {
                found.sources.add(new Source(argument, "does not exist. Check the path."));
            } else if (Files.isDirectory(argument)) {
                found.walk(argument);
            } else {
                found.add(argument);
            }
        }
        return List.copyOf(found.sources);
    }

    private void walk(Path folder) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(folder)) {
            entries = listing.sorted(BY_NAME).toList();
        } catch (IOException e) {
            sources.add(new Source(folder, "is a folder that cannot be read (" + e.getMessage()
                    + "). Ask whoever manages it for read access."));
            return;
        }
        for (Path entry : entries) {
            if (isHidden(entry)) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry);
            } else if (Files.isDirectory(entry)) {
                sources.add(new Source(entry, "is a link to a folder, which is not followed. Give the folder"
                        + " itself to import it."));
            } else {
                add(entry);
            }
        }
    }

    private void add(Path file) {
        if (seen.add(file.toAbsolutePath().normalize())) {
            sources.add(new Source(file, null));
        }
    }

    private static boolean isHidden(Path entry) {
        try {
            return entry.getFileName().toString().startsWith(".") || Files.isHidden(entry);
        } catch (IOException e) {
            return false;
        }
    }
}
