package dev.loupe.server;

import dev.loupe.core.Identity;
import dev.loupe.core.Role;
import dev.loupe.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

/** The people who may call the API and their bearer tokens. Only a token's sha256 is stored, never the token. */
public final class Users {
    static final String ADMIN = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final long REMEMBERED_MILLIS = 30_000;

    private record Remembered(Identity identity, long until) {
    }

    private final Database db;
    private final Clock clock;
    private final Map<String, Remembered> byToken = new ConcurrentHashMap<>();

    Users(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Creates the user, or gives an existing one a new role and token, and returns the new token. It is shown
     * only now: the server keeps its hash alone, so the caller must hand it to the person.
     *
     * @param role what the user may do
     */
    public String issueToken(String name, Role role) {
        if (!Identifiers.isUserName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a usable user name; use 1 to 64 letters, digits,"
                    + " '.', '-' or '_', starting with a letter or digit.");
        }
        if (ADMIN.equals(name)) {
            throw new IllegalArgumentException("The admin's token lives in admin.token in the data folder; delete that"
                    + " file and restart the server to issue a new one.");
        }
        Objects.requireNonNull(role, "role");
        String token = newToken();
        store(name, role, hash(token));
        return token;
    }

    void store(String name, Role role, String tokenSha256) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO users (name, role, token_sha256, created_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (name) DO UPDATE SET role = excluded.role,"
                            + " token_sha256 = excluded.token_sha256")) {
                upsert.setString(1, name);
                upsert.setString(2, role.wire());
                upsert.setString(3, tokenSha256);
                upsert.setLong(4, clock.millis());
                return upsert.executeUpdate();
            }
        });
        byToken.clear();
    }

    Optional<String> tokenHashOf(String name) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT token_sha256 FROM users WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Every user with their role, by name; tokens are never read back. */
    public List<Identity> list() {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT name, role FROM users ORDER BY name");
                    ResultSet rs = query.executeQuery()) {
                List<Identity> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(new Identity(rs.getString(1), Role.fromWire(rs.getString(2))));
                }
                return users;
            }
        });
    }

    /**
     * Who holds the token. Every API request asks, so answers are remembered: changes made here forget them at
     * once, and a change made by another process (such as {@code loupe users} on the data folder) shows within
     * {@link #REMEMBERED_MILLIS}.
     */
    Optional<Identity> byTokenHash(String tokenSha256) {
        long now = clock.millis();
        Remembered remembered = byToken.get(tokenSha256);
        if (remembered != null && remembered.until() > now) {
            return Optional.of(remembered.identity());
        }
        Optional<Identity> found = lookUp(tokenSha256);
        found.ifPresent(identity -> byToken.put(tokenSha256, new Remembered(identity, now + REMEMBERED_MILLIS)));
        return found;
    }

    private Optional<Identity> lookUp(String tokenSha256) {
        return db.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT name, role FROM users WHERE token_sha256 = ?")) {
                query.setString(1, tokenSha256);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(new Identity(rs.getString(1), Role.fromWire(rs.getString(2))))
                            : Optional.<Identity>empty();
                }
            }
        });
    }

    /** 32 random bytes as base64url: unguessable, and safe in a header or a file without quoting. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.UTF_8));
    }
}
