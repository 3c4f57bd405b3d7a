package dev.loupe.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.Asset;
import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.WorkItem;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workstation in its own JVM ({@link DecidingWorkstation}) approves items through its outbox and is killed with
 * SIGKILL 50 times at random moments: just after it leased an item, just after it saved a decision (while that
 * decision is on its way), or just after a decision was sent. Each restart first sends what the outbox holds. In the
 * end the server holds every decision the outbox committed, exactly once, and none that the outbox does not hold.
 */
class OutboxKilledMidSendTest {
    private static final int ITEMS = 400;
    private static final int KILLS = 50;
    private static final int MOST_LINES_BEFORE_A_KILL = 5;
    private static final List<String> KILL_POINTS = List.of("leased", "committed", "sent");
    private static final String QUEUE = "claims";
    private static final int SIGKILLED = 128 + 9;

    @TempDir
    Path folder;

    /** A line "committed SEQ ITEM KEY": the workstation's add returned. */
    private record Committed(long seq, String itemId, String key) {
    }

    /** An entry as the outbox file holds it. */
    private record Row(long seq, String itemId, String key, String state, String decisionId) {
    }

    private final Map<Long, Committed> committed = new TreeMap<>();
    /** Which workstation (0, 1, ...) said it committed each entry. */
    private final Map<Long, Integer> committedBy = new HashMap<>();
    private int workstations;
    /** Decisions a workstation left behind when it was killed, sent by a later one. */
    private int sentByALaterWorkstation;
    /** Of those, decisions the server had recorded before the workstation that sent them started. */
    private int recordedBeforeTheKill;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyCommittedDecisionIsOnTheServerExactlyOnce() throws Exception {
        long started = System.nanoTime();
        Path outboxFile = folder.resolve("workstation").resolve("outbox.db");
        try (OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(folder.resolve("server")))) {
            seed(server);
            Random random = new Random(20_250_301);
            for (int kill = 0; kill < KILLS; kill++) {
                String killPoint = KILL_POINTS.get(random.nextInt(KILL_POINTS.size()));
                int lines = 1 + random.nextInt(MOST_LINES_BEFORE_A_KILL);
                int exit = run(outboxFile, server, "decide", killPoint, lines);
                assertThat(exit).as("killed after %d '%s' lines", lines, killPoint).isEqualTo(SIGKILLED);
            }
            assertThat(run(outboxFile, server, "drain", null, 0))
                    .as("the last workstation drained its outbox and ended").isZero();

            try (Outbox outbox = Outbox.open(outboxFile, Clock.systemUTC())) {
                assertThat(outbox.unsentCount()).isZero();
                assertThat(outbox.refused()).isEmpty();
            }
            Map<Long, Row> rows = rowsOf(outboxFile);
            assertThat(committed).hasSizeGreaterThan(KILLS);
            for (Committed line : committed.values()) {
                assertThat(rows.get(line.seq())).as("entry %d, said committed", line.seq()).isNotNull()
                        .satisfies(row -> assertThat(List.of(row.itemId(), row.key()))
                                .containsExactly(line.itemId(), line.key()));
            }
            var client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(),
                    new MediaCache(folder.resolve("media")));
            for (Row row : rows.values()) {
                assertThat(row.state()).as("entry %d", row.seq()).isEqualTo("SENT");
                assertThat(client.decisions(row.itemId())).as("decisions on %s", row.itemId())
                        .extracting(RecordedDecision::id).containsExactly(row.decisionId());
            }
            Set<String> decidedOnServer = client.items(QUEUE, ItemState.DECIDED, 500).stream().map(WorkItem::id)
                    .collect(Collectors.toSet());
            assertThat(decidedOnServer).as("items decided on the server")
                    .isEqualTo(rows.values().stream().map(Row::itemId).collect(Collectors.toSet()));
            assertThat(SupervisorView.conflicts(server, null)).isEmpty();
            assertThat(sentByALaterWorkstation).as("decisions left behind by a kill").isPositive();
            assertThat(recordedBeforeTheKill).as("kills after the server recorded, before the outbox knew")
                    .isPositive();
        }
        System.out.printf("%d kills, %d decisions committed, %d left behind by a kill and sent by a later workstation,"
                + " %d of them recorded by the server before the kill, %.1f s%n", KILLS, committed.size(),
                sentByALaterWorkstation, recordedBeforeTheKill, (System.nanoTime() - started) / 1e9);
    }

    private void seed(OrchestrationServer server) throws IOException {
        server.intake().ensureQueue(QUEUE, Duration.ofHours(4));
        Path page = Files.writeString(folder.resolve("page.pdf"), "a page");
        Asset asset = server.intake().storeMedia(page, "application/pdf");
        for (int i = 0; i < ITEMS; i++) {
            server.intake().addItem(QUEUE, ItemKind.DOCUMENT, 1, null, List.of(asset), Map.of());
        }
    }

    /** Runs one workstation, killing it as {@link #follow} says; returns its exit status. */
    private int run(Path outboxFile, OrchestrationServer server, String mode, String killPoint, int count)
            throws IOException, InterruptedException {
        int workstation = workstations++;
        long startedAt = System.currentTimeMillis();
        Process process = start(outboxFile, server, mode);
        follow(process, workstation, startedAt, killPoint, count);
        return process.exitValue();
    }

    private static Process start(Path outboxFile, OrchestrationServer server, String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A quick start matters more than top speed: 51 JVMs start in this test.
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), DecidingWorkstation.class.getName(),
                outboxFile.toString(), server.baseUri().toString(), QUEUE, mode).redirectErrorStream(true);
        builder.environment().put("LOUPE_TOKEN", server.adminToken());
        return builder.start();
    }

    /**
     * Reads the workstation's lines until it ends, noting commits and sends, and kills it at once when the
     * {@code count}-th line starting with {@code killPoint} arrives (never when {@code killPoint} is null). Lines
     * written before it died are still read: they were committed too.
     */
    private void follow(Process process, int workstation, long startedAt, String killPoint, int count)
            throws IOException, InterruptedException {
        List<String> unexpected = new ArrayList<>();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "committed" -> {
                        Committed commit = new Committed(Long.parseLong(words[1]), words[2], words[3]);
                        committed.put(commit.seq(), commit);
                        committedBy.put(commit.seq(), workstation);
                    }
                    case "sent" -> {
                        if (!Integer.valueOf(workstation).equals(committedBy.get(Long.parseLong(words[1])))) {
                            sentByALaterWorkstation++;
                            if (Long.parseLong(words[3]) < startedAt) {
                                recordedBeforeTheKill++;
                            }
                        }
                    }
                    case "leased", "ready", "done" -> {
                    }
                    default -> unexpected.add(line);
                }
                if (words[0].equals(killPoint) && ++seen == count) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still to be read.
                    process.toHandle().destroyForcibly();
                }
            }
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(unexpected).as("what the workstation said besides its protocol").isEmpty();
    }

    private static Map<Long, Row> rowsOf(Path outboxFile) throws SQLException {
        Map<Long, Row> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + outboxFile);
                Statement query = c.createStatement();
                ResultSet rs = query.executeQuery(
                        "SELECT seq, item_id, idempotency_key, state, decision_id FROM entries")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return rows;
    }
}
