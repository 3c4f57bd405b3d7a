package dev.loupe.server;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A server's data folder opened without serving it, for administration from the command line ({@code loupe users}).
 * SQLite's WAL lets this run while the server itself has the folder open.
 */
public final class ServerData implements AutoCloseable {
    static final String DATABASE_FILE = "loupe.db";

    private final Database db;
    private final Users users;

    private ServerData(Database db, Users users) {
        this.db = db;
        this.users = users;
    }

    /**
     * Opens the data folder of an existing server and brings its schema up to date.
     *
     * @throws FileNotFoundException when the folder holds no server database; the message says what to do
     */
    public static ServerData open(Path dataDir, Clock clock) throws IOException {
        Path file = dataDir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException("There is no Loupe server data in " + dataDir
                    + " (no " + DATABASE_FILE + "). Give the folder the server runs with (its --data), or start the"
                    + " server there once to create it.");
        }
        Database db = Database.open(file, 1);
        try {
            Migrations.apply(db, clock);
            return new ServerData(db, new Users(db, clock));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The users of this server and their tokens. */
    public Users users() {
        return users;
    }

    @Override
    public void close() {
        db.close();
    }
}
