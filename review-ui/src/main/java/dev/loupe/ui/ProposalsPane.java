package dev.loupe.ui;

import static dev.loupe.ui.Wording.styled;
import static dev.loupe.ui.Wording.words;

import dev.loupe.core.annotation.AnnotationStatus;
import dev.loupe.core.annotation.DocumentAnnotation;
import dev.loupe.core.annotation.Field;
import dev.loupe.core.annotation.FieldCheck;
import dev.loupe.core.annotation.ModelRef;
import dev.loupe.core.annotation.Problem;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the local models proposed for the item on screen: the document's type, each field with its value,
 * confidence and check, what could not be read, and which model versions said so. It only draws the list it is
 * given.
 */
final class ProposalsPane extends VBox {
    private final ObservableList<DocumentAnnotation> proposals;
    private final ObservableValue<FieldReview> reviewed;

    /**
     * @param reviewed the document whose type and fields the reviewer works on in the fields pane; only what the
     *                 models could not do and which models ran are said here for it
     */
    ProposalsPane(ObservableList<DocumentAnnotation> proposals, ObservableValue<FieldReview> reviewed) {
        this.proposals = proposals;
        this.reviewed = reviewed;
        getStyleClass().add("proposals");
        setAccessibleText("What the local models proposed");
        proposals.addListener((ListChangeListener<DocumentAnnotation>) change -> draw());
        reviewed.addListener((obs, was, now) -> draw());
        draw();
    }

    private void draw() {
        getChildren().clear();
        if (proposals.isEmpty()) {
            return;
        }
        FieldReview review = reviewed.getValue();
        if (review == null || proposals.size() > 1) {
            Label title = new Label("Proposed");
            title.getStyleClass().add("section-title");
            getChildren().add(title);
        }
        for (DocumentAnnotation annotation : proposals) {
            drawDocument(annotation, proposals.size() > 1, review != null && review.proposal() == annotation);
        }
    }

    private void drawDocument(DocumentAnnotation annotation, boolean named, boolean inFieldsPane) {
        if (named) {
            getChildren().add(styled(new Label(annotation.name()), "proposal-document"));
        }
        if (!inFieldsPane) {
            drawTypeAndFields(annotation);
        }
        for (Problem problem : annotation.problems()) {
            Label said = styled(new Label(problem.message()), annotation.status() == AnnotationStatus.UNREADABLE
                    ? "proposal-unreadable" : "proposal-problem");
            said.setWrapText(true);
            getChildren().add(said);
        }
        if (!annotation.models().isEmpty()) {
            Label models = styled(new Label(annotation.models().stream().map(ModelRef::toString)
                    .collect(Collectors.joining("  ·  "))), "proposal-models");
            models.setWrapText(true);
            models.setAccessibleText("Models: " + models.getText());
            getChildren().add(models);
        }
    }

    private void drawTypeAndFields(DocumentAnnotation annotation) {
        annotation.typePrediction().ifPresent(type -> {
            Label label = new Label(words(type.type().wire()) + "  ·  " + percent(type.confidence()));
            label.setAccessibleText("Document type " + words(type.type().wire()) + ", " + percent(type.confidence()));
            getChildren().add(styled(label, "proposal-type"));
        });
        for (Field field : annotation.fields()) {
            getChildren().add(fieldRow(field));
        }
    }

    /** A field as two lines, its name and how sure the model is above its value, so a long value never clips. */
    private static VBox fieldRow(Field field) {
        Label name = styled(new Label(words(field.name().wire())), "fact-name");
        String shown = field.check() == FieldCheck.MISSING ? "missing"
                : (field.value().isEmpty() ? field.raw() : field.value())
                + (field.currency().isEmpty() ? "" : " " + field.currency());
        Label check = styled(new Label(field.check() == FieldCheck.MISSING ? "not found"
                : percent(field.confidence()) + " · " + field.check().wire().replace('-', ' ')), "proposal-check",
                "check-" + field.check().wire());
        check.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label value = styled(new Label(shown), "proposal-value", "check-" + field.check().wire());
        value.setWrapText(true);
        VBox row = new VBox(new HBox(name, gap, check), value);
        row.getStyleClass().add("proposal-field");
        row.setAccessibleText(words(field.name().wire()) + ": " + shown + ", " + check.getText()
                + (field.note().isEmpty() ? "" : ". " + field.note()));
        return row;
    }



    private static String percent(double confidence) {
        return Math.round(confidence * 100) + "%";
    }
}
