package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path temp;

    @Test
    void applyingTwiceChangesNothing() {
        try (Database db = Database.open(temp.resolve("loupe.db"), 1)) {
            Migrations.apply(db, Clock.systemUTC());
            Migrations.apply(db, Clock.systemUTC());
            String versions = db.read(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*), MAX(version) FROM schema_version");
                        ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) + "/" + rs.getInt(2);
                }
            });
            assertThat(versions).isEqualTo("5/6");
        }
    }

    @Test
    void aDatabaseFromANewerLoupeIsRefusedWithASentence() {
        try (Database db = Database.open(temp.resolve("loupe.db"), 1)) {
            Migrations.apply(db, Clock.systemUTC());
            db.write(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)")) {
                    return s.executeUpdate();
                }
            });
            assertThatThrownBy(() -> Migrations.apply(db, Clock.systemUTC()))
                    .hasMessageContaining("newer Loupe").hasMessageContaining("99");
        }
    }
}
