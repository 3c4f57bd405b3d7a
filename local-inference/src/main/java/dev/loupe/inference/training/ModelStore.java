package dev.loupe.inference.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where trained models are kept on this machine: {@code ROOT/NAME/VERSION/}. A version's folder appears whole or
 * not at all (it is written beside and renamed into place), so two programs training at once cannot leave half a
 * model, and a version, once there, never changes.
 */
public final class ModelStore {
    private final Path root;

    public ModelStore(Path root) {
        this.root = root;
    }

    /** {@code $XDG_CACHE_HOME/loupe/models}, else {@code ~/.cache/loupe/models}. */
    public static ModelStore forThisUser() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return new ModelStore(base.resolve("loupe").resolve("models"));
    }

    public Path root() {
        return root;
    }

    public Optional<Path> find(String name, String version) {
        Path folder = root.resolve(name).resolve(version);
        return Files.isRegularFile(folder.resolve(dev.loupe.inference.model.ModelCard.FILE)) ? Optional.of(folder)
                : Optional.empty();
    }

    /** A fresh folder to write a model into before {@link #keep} puts it in place. */
    Path workFolder(String name) {
        try {
            Files.createDirectories(root.resolve(name));
            return Files.createTempDirectory(root.resolve(name), ".training-");
        } catch (IOException e) {
            throw new UncheckedIOException("No folder for models could be made under " + root + " (" + e.getMessage()
                    + "). Check free disk space and permissions, or choose another folder for models.", e);
        }
    }

    /** Moves a finished model into its version's place; if another program got there first, keeps theirs. */
    Path keep(Path work, String name, String version) {
        Path target = root.resolve(name).resolve(version);
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            delete(work);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("The model folder " + root + " is on a file system that cannot rename "
                    + "folders atomically; choose a local folder for models.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The model " + name + " " + version + " could not be put in " + target
                    + " (" + e.getMessage() + ").", e);
        }
        return target;
    }

    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover work folder is harmless: its name starts with a dot and no version points at it.
        }
    }
}
