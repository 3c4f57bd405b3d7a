package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.json.Json;
import dev.loupe.inference.BootstrapModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The document commands as a person runs them: a labelled set written by {@code demo-data}, pre-annotated by
 * {@code annotate} with real OCR and Loupe's own models (trained once for the module's tests), scored by
 * {@code eval documents}; bad files get a sentence in their JSON, never a crash.
 */
class DocumentCommandsTest {
    private static final long HELD_OUT_SEED = 31;

    @TempDir
    static Path shared;
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();


    private int run(String... args) {
        CommandLine cli = Main.commandLine(new Surroundings(Map.of(), shared, InputStream.nullInputStream(), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String models() {
        return "--models=" + AppTestModels.folder();
    }

    @Test
    void demoDataWritesEachDocumentWithItsTruthAndText() throws IOException {
        assertThat(run("demo-data", folder.toString(), "--count", "6", "--seed", "" + HELD_OUT_SEED)).isZero();

        List<Path> documents = documents(folder);
        assertThat(documents).hasSize(6);
        for (Path document : documents) {
            JsonNode truth = truth(document);
            assertThat(truth.path("type").asText()).isNotEmpty();
            assertThat(truth.path("fields").isObject()).isTrue();
            assertThat(document.resolveSibling(document.getFileName().toString().replaceFirst("\\.[^.]+$", ".txt")))
                    .exists();
        }
        assertThat(err.toString()).contains("wrote 6 documents");
    }

    @Test
    void demoDataWarnsWhenTheSeedIsOneTheModelsLearntFrom() {
        long trainingSeed = BootstrapModels.trainingSeeds().iterator().next();

        assertThat(run("demo-data", folder.toString(), "--count", "1", "--seed", "" + trainingSeed)).isZero();

        assertThat(err.toString()).contains("seed " + trainingSeed + " is one Loupe's models are trained on");
    }

    @Test
    void annotatePrintsOneObjectPerFileAndABadFileGetsASentenceNotACrash() throws IOException {
        run("demo-data", folder.toString(), "--count", "6", "--seed", "" + HELD_OUT_SEED);
        Path good = withFields(documents(folder));
        Path empty = Files.createFile(folder.resolve("empty.pdf"));
        Path corrupt = Files.write(folder.resolve("corrupt.png"), "not a picture at all".getBytes());
        Path missing = folder.resolve("missing.pdf");
        out.getBuffer().setLength(0);

        int status = run("annotate", models(), good.toString(), empty.toString(), corrupt.toString(),
                missing.toString());

        assertThat(status).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            lines.add(Json.mapper().readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("status").asText()).isIn("complete", "partial");
        assertThat(lines.get(0).path("models").toString()).contains("doc-type", "field-tagger", "pii-rules");
        for (JsonNode bad : lines.subList(1, 4)) {
            assertThat(bad.path("status").asText()).isEqualTo("unreadable");
            assertThat(bad.path("problems").get(0).path("message").asText()).contains(bad.path("name").asText())
                    .endsWith(".");
        }
    }

    @Test
    void evalScoresAHeldOutSetInTheShapeTheIssueAsksFor() throws IOException {
        run("demo-data", folder.toString(), "--count", "6", "--seed", "" + HELD_OUT_SEED);
        out.getBuffer().setLength(0);

        assertThat(run("eval", "documents", models(), folder.toString())).isZero();

        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.path("documents").asInt()).isEqualTo(6);
        assertThat(report.path("type_accuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(report.path("fields").size()).isPositive();
        report.path("fields").forEach(field -> assertThat(field.path("f1").asDouble()).isBetween(0.0, 1.0));
        assertThat(report.path("overall").path("f1").asDouble()).isBetween(0.5, 1.0);
        assertThat(report.path("cer").asDouble()).isBetween(0.0, 0.5);
    }

    @Test
    void modelsExportedAsTorchScriptAnnotateAsAUsersOwnModelsAndSaySo() throws IOException {
        Path exported = folder.resolve("exported");
        assertThat(run("train", "documents", models(), "--export", exported.toString())).isZero();
        run("demo-data", folder.resolve("set").toString(), "--count", "6", "--seed", "" + HELD_OUT_SEED);
        Path document = withFields(documents(folder.resolve("set")));
        out.getBuffer().setLength(0);

        assertThat(run("annotate", models(), document.toString(),
                "--type-model", exported.resolve("doc-type.pt").toString(),
                "--type-labels", exported.resolve("doc-type.labels").toString(),
                "--field-model", exported.resolve("field-tagger.pt").toString(),
                "--field-labels", exported.resolve("field-tagger.labels").toString())).isZero();

        JsonNode annotation = Json.mapper().readTree(out.toString());
        assertThat(annotation.path("type").path("type").asText()).isEqualTo(truth(document).path("type").asText());
        assertThat(annotation.path("type").path("model").path("version").asText()).startsWith("user-");
        assertThat(annotation.path("fields").get(0).path("model").path("version").asText()).startsWith("user-");
    }

    @Test
    void evalOfAFolderWithoutTruthSaysWhatToDo() {
        assertThat(run("eval", "documents", models(), folder.toString())).isEqualTo(FriendlyErrors.FAILED);

        assertThat(err.toString()).contains("holds no documents with a NAME.json truth file")
                .contains("loupe demo-data");
    }

    private static JsonNode truth(Path document) throws IOException {
        return Json.mapper().readTree(document.resolveSibling(document.getFileName().toString()
                .replaceFirst("\\.[^.]+$", ".json")).toFile());
    }

    private static Path withFields(List<Path> documents) throws IOException {
        for (Path document : documents) {
            if (!truth(document).path("fields").isEmpty()) {
                return document;
            }
        }
        throw new AssertionError("The set holds no document with fields to extract.");
    }

    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.toString().endsWith(".json") && !file.toString().endsWith(".txt"))
                    .sorted().toList();
        }
    }
}
