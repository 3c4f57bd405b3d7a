package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that share a commit still succeed or fail one by one, and each is readable once it returns. */
class GroupCommitTest {
    @TempDir
    Path folder;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(folder.resolve("test.db"), 2);
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE rows (n INTEGER PRIMARY KEY)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void concurrentWritesAllLandAndAFailingOneFailsAlone() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < 400; n++) {
                int value = n;
                results.add(writers.submit(() -> db.write(c -> {
                    insert(c, value);
                    if (value % 10 == 7) {
                        throw new IllegalArgumentException("row " + value + " is refused");
                    }
                    return value;
                })));
            }
            int failed = 0;
            for (Future<Integer> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(40);
        } finally {
            writers.shutdownNow();
        }
        List<Integer> stored = db.read(c -> {
            List<Integer> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM rows ORDER BY n")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1));
                }
            }
            return rows;
        });
        assertThat(stored).hasSize(360).noneMatch(n -> n % 10 == 7);
    }

    @Test
    void aWriteIsVisibleToReadersOnceItReturns() {
        db.write(c -> insert(c, 42));
        int count = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM rows WHERE n = 42")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(count).isEqualTo(1);
    }

    @Test
    void aWriteThatStartsAnotherWriteIsRefusedInsteadOfWaitingForever() {
        assertThatThrownBy(() -> db.write(c -> db.write(inner -> insert(inner, 1))))
                .hasMessageContaining("may not start another write");
    }

    @Test
    void afterCloseAWriteIsRefusedWithASentence() {
        db.close();
        assertThatThrownBy(() -> db.write(c -> insert(c, 1))).hasMessageContaining("closing");
    }

    private static Integer insert(java.sql.Connection c, int n) throws java.sql.SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rows (n) VALUES (?)")) {
            insert.setInt(1, n);
            insert.executeUpdate();
        }
        return n;
    }
}
