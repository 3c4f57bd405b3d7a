package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.loupe.core.ItemKind;
import dev.loupe.core.ItemState;
import dev.loupe.core.Role;
import dev.loupe.core.WorkItem;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code loupe import} end to end, against a real server on a free port. */
class ImportCommandTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path inbox;
    @TempDir
    Path cache;
    @TempDir
    Path home;

    private OrchestrationServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startServer() throws IOException {
        server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
        server.intake().ensureQueue("claims", Duration.ofHours(4));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private int importInto(String queue, String token, String... more) {
        CommandLine cli = Main.commandLine(new Surroundings(Map.of(), home, InputStream.nullInputStream(), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("import", "--server", server.baseUri().toString(),
                "--token", token, "--queue", queue));
        args.addAll(List.of(more));
        return cli.execute(args.toArray(String[]::new));
    }

    private List<WorkItem> queued() {
        return new HttpOrchestrationClient(server.baseUri(), server.adminToken(), new MediaCache(cache))
                .items("claims", ItemState.QUEUED, 50);
    }

    private static Path pdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    private static Path png(Path file) throws IOException {
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private static Path text(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void importsWhatLoupeCanShowAndListsTheRestWithTheirReasons() throws IOException {
        pdf(inbox.resolve("claim.pdf"));
        png(inbox.resolve("scan.png"));
        text(inbox.resolve("broken.pdf"), "%PDF-1.7 and then nothing of a PDF");
        text(inbox.resolve("notes.txt"), "call the claimant back");
        pdf(inbox.resolve(".draft.pdf"));
        Path sub = Files.createDirectories(inbox.resolve("sub"));
        Files.write(sub.resolve("clip.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        Files.createFile(sub.resolve("empty.mov"));

        int exit = importInto("claims", server.adminToken(), "--priority", "3", "--due", "2030-01-05T17:00:00Z",
                inbox.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(queued())
                .extracting(item -> item.assets().get(0).fileName(), WorkItem::kind, WorkItem::priority,
                        WorkItem::slaDue)
                .containsExactlyInAnyOrder(
                        tuple("claim.pdf", ItemKind.DOCUMENT, 3, Instant.parse("2030-01-05T17:00:00Z")),
                        tuple("scan.png", ItemKind.DOCUMENT, 3, Instant.parse("2030-01-05T17:00:00Z")),
                        tuple("clip.mp4", ItemKind.VIDEO, 3, Instant.parse("2030-01-05T17:00:00Z")));
        assertThat(queued()).allSatisfy(item -> assertThat(item.metadata()).containsEntry("source", "import"));
        String printed = out.toString();
        assertThat(printed.lines().filter(line -> line.startsWith("imported ")))
                .satisfiesExactly(
                        line -> assertThat(line).contains("claim.pdf as document it-"),
                        line -> assertThat(line).contains("scan.png as document it-"),
                        line -> assertThat(line).contains("clip.mp4 as video it-"));
        assertThat(printed).contains("Imported 3 files into queue 'claims'; skipped 3.");
        assertThat(skippedLines(printed)).satisfiesExactly(
                line -> assertThat(line).contains("broken.pdf: 'broken.pdf' is not a readable PDF"),
                line -> assertThat(line).contains("notes.txt: is not a kind of file Loupe reviews",
                        "jpeg, jpg, mkv, mov, mp4, pdf, png, tif, tiff, webm"),
                line -> assertThat(line).contains("empty.mov: is empty (0 bytes)"));
        assertThat(printed).doesNotContain(".draft.pdf");
    }

    private static List<String> skippedLines(String printed) {
        return printed.lines().filter(line -> line.startsWith("  skipped ")).toList();
    }

    @Test
    void whenEveryFileFailsTheExitIsOne() throws IOException {
        text(inbox.resolve("notes.txt"), "nothing to review");
        Path missing = inbox.resolve("gone.pdf");

        assertThat(importInto("claims", server.adminToken(), inbox.toString(), missing.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("Imported 0 files into queue 'claims'; skipped 2.");
        assertThat(skippedLines(out.toString())).satisfiesExactly(
                line -> assertThat(line).contains("notes.txt"),
                line -> assertThat(line).contains("gone.pdf: does not exist"));
        assertThat(queued()).isEmpty();
    }

    @Test
    void nothingGivenIsNothingToDo() {
        assertThat(importInto("claims", server.adminToken())).isZero();
        assertThat(out.toString()).contains("Nothing to import");
    }

    @Test
    void aMissingQueueIsNamedBeforeAnythingIsSent() throws IOException {
        pdf(inbox.resolve("claim.pdf"));

        assertThat(importInto("clams", server.adminToken(), inbox.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("There is no queue 'clams'", "(it has claims)",
                "PUT /api/v1/queues/clams");
        try (Stream<Path> blobs = Files.walk(dataDir.resolve("media"))) {
            assertThat(blobs.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aReviewersTokenStopsTheImportWithTheServersReason() throws IOException {
        pdf(inbox.resolve("a.pdf"));
        pdf(inbox.resolve("b.pdf"));
        String reviewer = server.users().issueToken("ana", Role.REVIEWER);

        assertThat(importInto("claims", reviewer, inbox.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("Imported 0 files", "Stopped before the remaining files:",
                "Your role (reviewer)", "supervisor or admin");
        assertThat(queued()).isEmpty();
    }

    @Test
    void aDueTimeWithoutZoneIsAUsageError() {
        assertThat(importInto("claims", server.adminToken(), "--due", "2030-01-05 17:00")).isEqualTo(2);
        assertThat(err.toString()).contains("'2030-01-05 17:00' is not a time with a zone", "2026-01-05T17:00:00Z");
    }

    @Test
    void helpNamesTheOptionsAndTheServerHasAnUploadLimit() {
        CommandLine cli = Main.commandLine(new Surroundings(Map.of(), home, InputStream.nullInputStream(), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("import", "--help")).isZero();
        assertThat(cli.execute("server", "--help")).isZero();
        assertThat(cli.execute("server", "--max-upload-mb", "0")).isEqualTo(1);
        assertThat(out.toString()).contains("--queue", "--priority", "--due", "FILES_OR_FOLDERS", "--max-upload-mb");
        assertThat(err.toString()).contains("--max-upload-mb must be between 1 and 1048576");
    }
}
