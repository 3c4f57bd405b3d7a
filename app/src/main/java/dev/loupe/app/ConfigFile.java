package dev.loupe.app;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * The workstation's {@code config.properties}: the server to use ({@code server=}) and its bearer token
 * ({@code token=}). It holds a secret, so it is written owner-only and refused when anyone else may open it.
 */
final class ConfigFile {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** What the file says; either part may be missing ({@code null}). */
    record Contents(URI server, String token) {
        static final Contents NONE = new Contents(null, null);

        @Override
        public String toString() {
            return "Contents[server=" + server + ", token=" + (token == null ? "none" : "hidden") + "]";
        }
    }

    private final Path path;

    ConfigFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /**
     * The file's server and token, or {@link Contents#NONE} when there is no file.
     *
     * @throws UserError when group or others may open the file, or it cannot be read
     */
    Contents read() {
        Properties properties = new Properties();
        try {
            requireOwnerOnly();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (NoSuchFileException e) {
            return Contents.NONE;
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("Cannot read " + path + " (" + e.getMessage() + "). Fix or delete it, or sign in"
                    + " again with 'loupe login --server URL'.", e);
        }
        return new Contents(server(properties.getProperty("server")), blankAsNull(properties.getProperty("token")));
    }

    /**
     * Replaces the file with one naming this server and token. The new file is created owner-only (0600) and moved
     * into place, so the token is never readable by others, not even for a moment, and a crash leaves the old file.
     */
    void write(URI server, String token) {
        Path folder = path.toAbsolutePath().getParent();
        Path pending = null;
        try {
            Files.createDirectories(folder, ownerOnly("rwx------"));
            pending = Files.createTempFile(folder, ".config", ".new", ownerOnly("rw-------"));
            String text = "# Written by 'loupe login'. It holds a secret: keep it readable by you only (chmod 600).\n"
                    + "server=" + server.toASCIIString() + "\n"
                    + "token=" + token + "\n";
            try (FileChannel channel = FileChannel.open(pending, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(pending, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("Cannot save the sign-in to " + path + " (" + e.getMessage() + "). Check that you"
                    + " may write to " + folder + ".", e);
        } finally {
            deleteQuietly(pending);
        }
    }

    private void requireOwnerOnly() throws IOException {
        if (!posix()) {
            return; // Windows: the user's profile folder is already private
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new UserError(path + " has mode " + mode(permissions) + ", so other users may read the token in it."
                    + " Make it yours alone with 'chmod 600 " + shellQuoted(path) + "', then run loupe again.");
        }
    }

    private URI server(String value) {
        if (blankAsNull(value) == null) {
            return null;
        }
        try {
            URI server = new URI(value.strip());
            if (server.getScheme() != null && server.getScheme().matches("https?") && server.getHost() != null) {
                return server;
            }
        } catch (URISyntaxException e) {
            // the sentence below says what is wrong
        }
        throw new UserError("The server in " + path + ", '" + value.strip() + "', is not an http:// or https://"
                + " address. Fix it, or sign in again with 'loupe login --server URL'.");
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private boolean posix() {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String mode(Set<PosixFilePermission> permissions) {
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 0400 >> permission.ordinal();
        }
        return String.format("%04o", bits);
    }

    private static String shellQuoted(Path file) {
        String text = file.toString();
        return text.matches("[A-Za-z0-9_./+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void deleteQuietly(Path pending) {
        if (pending == null) {
            return;
        }
        try {
            Files.deleteIfExists(pending);
        } catch (IOException e) {
            // a stray '.config….new' file holds at most the new token, owner-only; nothing to tell the person
        }
    }
}
