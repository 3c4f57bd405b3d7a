package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.loupe.core.Asset;
import dev.loupe.core.Decision;
import dev.loupe.core.EscalationReason;
import dev.loupe.core.Lease;
import dev.loupe.core.Outcome;
import dev.loupe.core.RecordedDecision;
import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.DocumentFeedback;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.FieldName;
import dev.loupe.core.annotation.Word;
import dev.loupe.core.json.Json;
import dev.loupe.core.port.DocumentAnnotator;
import dev.loupe.inference.AnnotatorSettings;
import dev.loupe.inference.LocalAnnotators;
import dev.loupe.inference.model.ModelCard;
import dev.loupe.inference.training.DocumentModelTrainer;
import dev.loupe.inference.training.FeedbackExamples;
import dev.loupe.inference.training.LabeledDocument;
import dev.loupe.media.synth.GeneratedDocument;
import dev.loupe.media.synth.SyntheticDocuments;
import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The retraining loop with real parts: a server on a free port with demo documents, the HTTP client, the local
 * annotator with Loupe's own models (trained once into a folder of this class), reviewers' decisions, the feedback
 * export over HTTP, and {@code loupe train documents --feedback} training new versions from it.
 */
class RetrainFromFeedbackTest {
    /** Claim forms and receipts alone, three of each, so each queue holds documents with fields to correct. */
    private static final int DOCUMENTS = 6;

    @TempDir
    static Path models;
    @TempDir
    Path dataDir;
    @TempDir
    Path cacheDir;
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** What the reviewer saw and what they sent. */
    private record Reviewed(RecordedDecision recorded, List<Path> media, List<DocumentAnnotation> proposed,
            List<DocumentAnnotation> decided) {
    }

    @Test
    void approvedAndCorrectedDecisionsTrainNewModelVersionsFromTheFeedbackExport() throws Exception {
        Path export = folder.resolve("feedback.ndjson");
        Reviewed approved;
        Reviewed corrected;
        Reviewed escalated;
        try (OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(dataDir));
                DocumentAnnotator annotator = LocalAnnotators.open(
                        AnnotatorSettings.defaults().withModels(models), message -> { })) {
            Path demo = dataDir.resolve("demo-documents");
            DemoQueue.seedFrom(server, SyntheticDocuments.only(List.of(GeneratedDocument.CLAIM_FORM,
                    GeneratedDocument.RECEIPT)).generate(demo, DOCUMENTS, DemoQueue.SEED), demo, Clock.systemUTC());
            HttpOrchestrationClient client = new HttpOrchestrationClient(server.baseUri(), server.adminToken(),
                    new MediaCache(cacheDir));

            approved = review(client, annotator, "claims", (lease, proposed) -> Decision.approve(lease, 2100,
                    DocumentFeedback.toAnnotations(proposed), DocumentFeedback.modelVersions(proposed)));
            corrected = review(client, annotator, "receipts", (lease, proposed) -> corrected(lease, proposed));
            escalated = review(client, annotator, "receipts", (lease, proposed) ->
                    Decision.escalate(lease, EscalationReason.POLICY_QUESTION, "Is this covered?", 1500));

            HttpResponse<Path> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v1/feedback"))
                            .header("Authorization", "Bearer " + server.adminToken())
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofFile(export));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/x-ndjson"));
        }
        assertThat(Files.readAllLines(export)).hasSize(3);

        // The export read as training examples: one per approved or corrected document, the escalation skipped.
        FeedbackExamples.Read read = FeedbackExamples.read(export);
        assertThat(read.skipped()).isEqualTo(1);
        assertThat(read.documents()).extracting(LabeledDocument::id).containsExactly(
                "feedback:" + approved.recorded().id() + "/0", "feedback:" + corrected.recorded().id() + "/0");
        assertTeaches(read.documents().get(0), approved.decided().get(0));
        assertTeaches(read.documents().get(1), corrected.decided().get(0));
        FieldName correctedField = correctedField(corrected);
        assertThat(read.documents().get(1).fieldWords().get(correctedField))
                .isEqualTo(corrected.decided().get(0).field(correctedField).orElseThrow().words())
                .isNotEqualTo(corrected.proposed().get(0).field(correctedField).orElseThrow().words());

        // Retraining from the export, as a person runs it.
        Map<String, String> bootstrap = DocumentFeedback.modelVersions(approved.proposed());
        Path exported = folder.resolve("exported");
        assertThat(run("train", "documents", "--feedback", export.toString(), "--models", models.toString(),
                "--export", exported.toString())).as(err.toString()).isZero();

        assertThat(err.toString()).contains("2 decisions to learn from, 1 that teach nothing");
        JsonNode cards = Json.mapper().readTree(out.toString());
        for (String name : List.of(DocumentModelTrainer.DOC_TYPE, DocumentModelTrainer.FIELD_TAGGER)) {
            JsonNode card = cards.path(name);
            String version = card.path("version").asText();
            assertThat(card.path("name").asText()).isEqualTo(name);
            assertThat(bootstrap.get(name)).startsWith("synth-");
            assertThat(version).startsWith("synth+feedback-").isNotEqualTo(bootstrap.get(name));
            assertThat(card.path("trainedOn").asText()).contains("and 2 reviewed documents");
            assertThat(card.path("metrics").path("held_out_documents").asDouble()).isPositive();
            assertThat(versions(models.resolve(name))).containsExactlyInAnyOrder(bootstrap.get(name), version);
            assertThat(ModelCard.read(models.resolve(name).resolve(version)).version()).isEqualTo(version);
        }
        assertThat(cards.path(DocumentModelTrainer.DOC_TYPE).path("metrics").path("type_accuracy").asDouble())
                .isBetween(0.5, 1.0);
        assertThat(cards.path(DocumentModelTrainer.FIELD_TAGGER).path("metrics").path("word_f1").asDouble())
                .isBetween(0.5, 1.0);

        // The retrained models, exported as TorchScript, annotate a reviewed document as the user's own models.
        AnnotatorSettings defaults = AnnotatorSettings.defaults().withModels(models);
        AnnotatorSettings retrained = new AnnotatorSettings(defaults.tessdata(), defaults.languages(), models,
                Optional.of(new AnnotatorSettings.UserModel(exported.resolve("doc-type.pt"),
                        exported.resolve("doc-type.labels"))),
                Optional.of(new AnnotatorSettings.UserModel(exported.resolve("field-tagger.pt"),
                        exported.resolve("field-tagger.labels"))),
                defaults.maxPages(), defaults.documentBudget(), defaults.pageDeadline());
        try (DocumentAnnotator annotator = LocalAnnotators.open(retrained, message -> { })) {
            DocumentAnnotation again = annotator.annotate(approved.media().get(0), approved.proposed().get(0).mediaType(),
                    approved.proposed().get(0).name());
            assertThat(again.status()).isIn(AnnotationStatus.COMPLETE, AnnotationStatus.PARTIAL);
            assertThat(again.type().type()).isEqualTo(approved.decided().get(0).type().type());
            assertThat(again.type().model().version()).startsWith("user-");
        }
    }

    @Test
    void aFeedbackFileThatIsNotAnExportSaysToExportItAgain() throws IOException {
        Path garbage = Files.writeString(folder.resolve("feedback.ndjson"), "this is not what the server exported\n");

        int status = run("train", "documents", "--feedback", garbage.toString(), "--models",
                folder.resolve("models").toString());

        assertThat(status).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).contains("The feedback export " + garbage + " could not be read")
                .contains("Export it again with GET /api/v1/feedback.")
                .doesNotContain("unexpected failure");
        assertThat(out.toString()).isEmpty();
        assertThat(folder.resolve("models")).doesNotExist();
    }

    @Test
    void aMissingFeedbackFileIsSaidToBeMissing() {
        Path missing = folder.resolve("no-such-export.ndjson");

        assertThat(run("train", "documents", "--feedback", missing.toString())).isEqualTo(FriendlyErrors.FAILED);

        assertThat(err.toString()).contains("The feedback export " + missing + " does not exist. Check the path");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anExportWithNothingToLearnFromTrainsNothingAndSaysSo() throws IOException {
        Path empty = Files.writeString(folder.resolve("feedback.ndjson"), "");

        assertThat(run("train", "documents", "--feedback", empty.toString(), "--models",
                folder.resolve("models").toString())).isEqualTo(FriendlyErrors.FAILED);

        assertThat(err.toString()).contains("holds no approved or corrected document to learn from, so no new "
                + "version was trained");
        assertThat(folder.resolve("models")).doesNotExist();
    }

    private interface Reviewer {
        Decision decide(Lease lease, List<DocumentAnnotation> proposed);
    }

    /** Leases the next item of the queue, pre-annotates its documents and sends what the reviewer decides. */
    private Reviewed review(HttpOrchestrationClient client, DocumentAnnotator annotator, String queue,
            Reviewer reviewer) {
        Lease lease = client.lease(queue).orElseThrow(() -> new AssertionError("nothing to lease in " + queue));
        List<Path> media = new ArrayList<>();
        List<DocumentAnnotation> proposed = new ArrayList<>();
        for (Asset asset : lease.item().assets()) {
            media.add(client.media(asset));
            proposed.add(annotator.annotate(media.get(media.size() - 1), asset.mediaType(), asset.fileName()));
        }
        assertThat(proposed).allSatisfy(annotation -> {
            assertThat(annotation.status()).isIn(AnnotationStatus.COMPLETE, AnnotationStatus.PARTIAL);
            assertThat(annotation.fields()).anyMatch(field -> field.check() != FieldCheck.MISSING);
        });
        Decision decision = reviewer.decide(lease, proposed);
        RecordedDecision recorded = client.decide(lease.item().id(), decision, UUID.randomUUID().toString());
        return new Reviewed(recorded, media, proposed, DocumentFeedback.fromAnnotations(decision.annotations()));
    }

    /**
     * The reviewer finds the first field the models read on the wrong words and points it at the word after them,
     * typing its value; the type and every other field are confirmed as proposed.
     */
    private static Decision corrected(Lease lease, List<DocumentAnnotation> proposed) {
        DocumentAnnotation document = proposed.get(0);
        Field wrong = document.fields().stream().filter(field -> field.check() != FieldCheck.MISSING).findFirst()
                .orElseThrow();
        int last = wrong.words().get(wrong.words().size() - 1);
        int index = last + 1 < document.words().size() ? last + 1 : wrong.words().get(0) - 1;
        Word word = document.words().get(index);
        Field right = new Field(wrong.name(), word.text(), word.text(), "", word.page(), word.box(), 1.0,
                List.of(index), FieldCheck.VALID, "", wrong.model());
        List<Field> fields = document.fields().stream().map(field -> field == wrong ? right : field).toList();
        DocumentAnnotation fixed = new DocumentAnnotation(document.name(), document.mediaType(), document.status(),
                document.pages(), document.words(), document.lines(), document.type(), fields, document.pii(),
                document.problems(), document.models(), document.millis());
        ArrayNode diff = JsonNodeFactory.instance.arrayNode();
        diff.addObject().put("field", wrong.name().wire()).put("before", wrong.value()).put("after", right.value());
        return new Decision(lease.leaseId(), lease.fencingToken(), Outcome.CORRECTED, List.of(), "", 4200,
                DocumentFeedback.toAnnotations(proposed), DocumentFeedback.toAnnotations(List.of(fixed)), diff,
                DocumentFeedback.modelVersions(proposed));
    }

    private static FieldName correctedField(Reviewed corrected) {
        DocumentAnnotation before = corrected.proposed().get(0);
        DocumentAnnotation after = corrected.decided().get(0);
        return after.fields().stream()
                .filter(field -> !field.words().equals(before.field(field.name()).orElseThrow().words()))
                .map(Field::name).findFirst().orElseThrow();
    }

    /** The example holds the document's words, its confirmed type and the words of each field that was found. */
    private static void assertTeaches(LabeledDocument example, DocumentAnnotation confirmed) {
        Map<FieldName, List<Integer>> fieldWords = new EnumMap<>(FieldName.class);
        confirmed.fields().stream().filter(field -> field.check() != FieldCheck.MISSING)
                .forEach(field -> fieldWords.put(field.name(), field.words()));
        assertThat(example.type()).isEqualTo(confirmed.type().type());
        assertThat(example.words()).extracting(Word::text)
                .containsExactlyElementsOf(confirmed.words().stream().map(Word::text).toList());
        assertThat(example.pages()).isEqualTo(confirmed.pages().size());
        assertThat(example.fieldWords()).isNotEmpty().isEqualTo(fieldWords);
    }

    private static List<String> versions(Path modelFolder) throws IOException {
        try (Stream<Path> children = Files.list(modelFolder)) {
            return children.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")).toList();
        }
    }

    private int run(String... args) {
        CommandLine cli = Main.commandLine(new Surroundings(Map.of(), folder, InputStream.nullInputStream(), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
