package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reused statements never carry one caller's parameters or results into another's. */
class StatementCacheTest {
    @TempDir
    Path folder;

    @Test
    void aStatementIsReusedAfterCloseAndNotSharedWhileOpen() throws Exception {
        try (Connection c = StatementCache.wrap(DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("t.db")))) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE t (n INTEGER)");
                s.executeUpdate("INSERT INTO t VALUES (1), (2), (3)");
            }
            String sql = "SELECT n FROM t WHERE n >= ? ORDER BY n";
            try (PreparedStatement outer = c.prepareStatement(sql)) {
                outer.setInt(1, 2);
                try (ResultSet first = outer.executeQuery()) {
                    assertThat(first.next()).isTrue();
                    // The same SQL while the first is open: a separate statement, so the first result is untouched.
                    try (PreparedStatement inner = c.prepareStatement(sql)) {
                        inner.setInt(1, 3);
                        try (ResultSet second = inner.executeQuery()) {
                            assertThat(second.next()).isTrue();
                            assertThat(second.getInt(1)).isEqualTo(3);
                        }
                    }
                    assertThat(first.getInt(1)).isEqualTo(2);
                    assertThat(first.next()).isTrue();
                    assertThat(first.getInt(1)).isEqualTo(3);
                }
            }
            try (PreparedStatement again = c.prepareStatement(sql)) {
                again.setInt(1, 1);
                try (ResultSet all = again.executeQuery()) {
                    int rows = 0;
                    while (all.next()) {
                        rows++;
                    }
                    assertThat(rows).isEqualTo(3);
                }
            }
        }
    }
}
