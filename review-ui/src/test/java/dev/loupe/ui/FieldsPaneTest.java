package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldName;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The fields pane in a headless window, driven through its view model as the window's keys would. */
@ExtendWith(ApplicationExtension.class)
class FieldsPaneTest {
    private FieldReview review;
    private FieldsPane pane;

    @Start
    void start(Stage stage) {
        review = new FieldReview(InvoiceProposal.annotation());
        pane = new FieldsPane(review);
        Scene scene = new Scene(pane, 480, 400);
        scene.getStylesheets().add(FieldsPane.class.getResource("loupe.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheFieldsNeedingALookFirstWithTheirStatesAndTheFocusedOne(FxRobot robot) {
        assertThat(rowIds(robot)).containsExactly("field-date", "field-total", "field-invoice_number", "field-vendor");
        assertThat(stateOf(robot, "field-date")).isEqualTo("invalid");
        assertThat(stateOf(robot, "field-total")).isEqualTo("missing");
        assertThat(stateOf(robot, "field-invoice_number")).isEqualTo("low confidence");
        assertThat(stateOf(robot, "field-vendor")).isEqualTo("valid");
        assertThat(text(robot, "#field-invoice_number .field-confidence")).isEqualTo("55%");
        assertThat(text(robot, "#field-vendor .field-value")).isEqualTo("ACME LTD");
        assertThat(focusedIds(robot)).containsExactly("field-date");
        assertThat(robot.lookup("#field-date").query().getAccessibleText())
                .isEqualTo("Date: 12/01/2024, 80%, invalid. The date could be read two ways. Focused.");
        assertThat(robot.lookup("#document-type").<ComboBox<DocumentType>>query().getValue())
                .isEqualTo(DocumentType.INVOICE);

        robot.interact(review::previous);

        assertThat(focusedIds(robot)).containsExactly("field-vendor");
    }

    @Test
    void typingOpensAnEditorInTheFocusedRowAndEnterKeepsTheValue(FxRobot robot) {
        robot.interact(() -> review.focus(FieldName.TOTAL));
        robot.interact(() -> pane.startTyping("12.8"));

        TextField editor = robot.lookup("#field-total #field-editor").query();
        assertThat(editor.getText()).isEqualTo("12.8");
        assertThat(editor.getAccessibleText()).isEqualTo("New value of Total");

        robot.interact(() -> {
            editor.setText("12.80");
            editor.fireEvent(new ActionEvent());
        });

        assertThat(robot.lookup("#field-editor").tryQuery()).isEmpty();
        assertThat(text(robot, "#field-total .field-value")).isEqualTo("12.80");
        assertThat(stateOf(robot, "field-total")).isEqualTo("edited");
        assertThat(focusedIds(robot)).containsExactly("field-invoice_number");
    }

    @Test
    void changingTheTypeInItsChoiceListsThatTypesFields(FxRobot robot) {
        ComboBox<DocumentType> type = robot.lookup("#document-type").query();
        robot.interact(() -> type.setValue(DocumentType.RECEIPT));

        assertThat(review.type().get()).isEqualTo(DocumentType.RECEIPT);
        assertThat(rowIds(robot)).containsExactly("field-date", "field-total", "field-vendor");

        robot.interact(() -> review.addField(FieldName.INVOICE_NUMBER));

        assertThat(rowIds(robot)).containsExactly("field-date", "field-total", "field-vendor", "field-invoice_number");
        assertThat(focusedIds(robot)).containsExactly("field-invoice_number");
    }

    @Test
    void movingTheFocusUpdatesTheRowsInPlace(FxRobot robot) {
        Node date = robot.lookup("#field-date").query();
        Label dateState = robot.from(date).lookup(".field-state").query();
        assertThat(robot.from(date).lookup(".field-note").queryAll()).as("the invalid date says why").hasSize(1);
        Node number = robot.lookup("#field-invoice_number").query();
        assertThat(robot.from(number).lookup(".field-note").queryAll()).as("not focused, not invalid").isEmpty();

        robot.interact(() -> review.focus(FieldName.INVOICE_NUMBER));
        robot.interact(() -> review.type("INV-8"));

        assertThat(robot.lookup("#field-date").<Node>query()).as("the same row, not a new one").isSameAs(date);
        assertThat(robot.from(date).lookup(".field-state").<Label>query()).isSameAs(dateState);
        assertThat(focusedIds(robot)).containsExactly("field-invoice_number");
        assertThat(date.getStyleClass()).doesNotContain("focused-field");
        assertThat(stateOf(robot, "field-invoice_number")).isEqualTo("edited");
        assertThat(robot.from(number).lookup(".field-state").query().getStyleClass())
                .contains("state-edited").doesNotContain("state-low-confidence");
        assertThat(text(robot, "#field-invoice_number .field-value")).isEqualTo("INV-8");
    }

    private static List<String> rowIds(FxRobot robot) {
        return robot.lookup(".field-row").queryAll().stream().sorted(FieldsPaneTest::byPlace).map(Node::getId)
                .toList();
    }

    private static List<String> focusedIds(FxRobot robot) {
        return robot.lookup(".focused-field").queryAll().stream().map(Node::getId).toList();
    }

    private static int byPlace(Node a, Node b) {
        return Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY());
    }

    private static String stateOf(FxRobot robot, String rowId) {
        Node row = robot.lookup("#" + rowId).query();
        return ((Label) row.lookup(".field-state")).getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).<Label>query().getText();
    }
}
