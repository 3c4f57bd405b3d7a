package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sixteen reviewers over HTTP work through 5,000 items; every item ends with exactly one decision. */
class ExactlyOnceUnderLoadTest {
    @TempDir
    Path folder;

    @Test
    void sixteenClientsDecideFiveThousandItemsExactlyOnce() throws Exception {
        ServerBench.Result result = new ServerBench(folder, 16, 5_000, 0).run();

        assertThat(result.doubleLeases()).isZero();
        assertThat(result.undecided()).isZero();
        assertThat(result.cycles()).isEqualTo(5_000);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("server/loupe.db"));
                Statement query = db.createStatement();
                ResultSet counts = query.executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT item_id), (SELECT COUNT(*) FROM items WHERE state = 'decided')"
                                + " FROM decisions")) {
            counts.next();
            assertThat(counts.getInt(1)).as("decisions").isEqualTo(5_000);
            assertThat(counts.getInt(2)).as("items with a decision").isEqualTo(5_000);
            assertThat(counts.getInt(3)).as("items decided").isEqualTo(5_000);
        }
    }
}
