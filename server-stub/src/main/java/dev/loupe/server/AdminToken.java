package dev.loupe.server;

import dev.loupe.core.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The admin's bearer token, kept in {@code admin.token} beside the database so that whoever can read the data
 * folder can administer the server, and nobody else: the file is created owner-only (0600).
 */
final class AdminToken {
    static final String FILE_NAME = "admin.token";

    private final String token;
    private final boolean created;

    private AdminToken(String token, boolean created) {
        this.token = token;
        this.created = created;
    }

    /** Reuses the token of an earlier start, or issues one when there is none (first start, or the file was deleted). */
    static AdminToken ensure(Path dataDir, Users users) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<String> storedHash = users.tokenHashOf(Users.ADMIN);
        if (storedHash.isPresent() && Files.exists(file)) {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!Users.hash(token).equals(storedHash.get())) {
                throw new IllegalStateException("The token in " + file + " does not belong to this data folder's"
                        + " database. Delete " + file + " and start the server again to issue a new admin token.");
            }
            return new AdminToken(token, false);
        }
        String token = Users.newToken();
        // Written aside first and moved in last, so a crash never leaves a file whose token the database lacks.
        Path pending = dataDir.resolve(FILE_NAME + ".new");
        Files.deleteIfExists(pending);
        Files.createFile(pending, ownerOnly());
        Files.writeString(pending, token + "\n", StandardCharsets.UTF_8);
        users.store(Users.ADMIN, Role.ADMIN, Users.hash(token));
        Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new AdminToken(token, true);
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0]; // Windows: the user's profile folder is already private
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    String token() {
        return token;
    }

    boolean created() {
        return created;
    }
}
