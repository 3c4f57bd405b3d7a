package dev.loupe.ui;

import static dev.loupe.ui.Wording.words;

import dev.loupe.core.annotation.DocumentType;
import dev.loupe.core.annotation.FieldName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The right-hand side of the review screen: the document's type, which the reviewer may change, and its fields,
 * those needing a look first, with the focused one marked. Typing on the focused field opens an editor in its row.
 * The window maps its keys to {@link FieldReview}'s commands and to {@link #startTyping}.
 */
final class FieldsPane extends VBox {
    private final MenuButton addField;
    /** The document's review on show; one pane serves item after item, so opening one builds no controls. */
    private FieldReview review;
    private final ComboBox<DocumentType> typeChoice = new ComboBox<>();
    private final VBox rowsBox = new VBox();
    private final TextField editor = new TextField();
    /** The rows made so far, one per field, reused from document to document. */
    private final Map<FieldName, FieldRowView> views = new EnumMap<>(FieldName.class);
    private boolean typing;

    private final ListChangeListener<FieldRow> rowsChanged = change -> draw();
    private final ChangeListener<FieldRow> focusMoved = (obs, was, now) -> {
        if (typing && (was == null || now == null || was.name() != now.name())) {
            typing = false;
        }
        draw();
    };
    private final ChangeListener<DocumentType> typeChanged = (obs, was, now) -> typeChoice.setValue(now);

    FieldsPane(FieldReview review) {
        this();
        show(review);
    }

    /** A pane with nothing on show until {@link #show} gives it a review. */
    FieldsPane() {
        getStyleClass().add("fields-pane");
        setAccessibleText("Document type and fields");
        Label title = new Label("Fields");
        title.getStyleClass().add("section-title");

        typeChoice.setId("document-type");
        typeChoice.getItems().setAll(DocumentType.values());
        typeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType type) {
                return type == null ? "Choose the type" : words(type.wire());
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        typeChoice.setAccessibleText("Document type");
        typeChoice.valueProperty().addListener((obs, was, chosen) -> {
            if (review != null && chosen != null && chosen != review.type().get()) {
                review.changeType(chosen);
            }
        });

        rowsBox.setId("field-rows");
        rowsBox.getStyleClass().add("field-rows");

        editor.setId("field-editor");
        editor.getStyleClass().add("field-editor");
        editor.setOnAction(event -> commitTyping());
        editor.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelTyping();
                event.consume();
            }
        });
        HBox.setHgrow(editor, Priority.ALWAYS);

        addField = new MenuButton("Add field");
        addField.setId("add-field");
        addField.setAccessibleText("Add a field the models missed");
        addField.setOnShowing(event -> {
            addField.getItems().clear();
            for (FieldName name : FieldName.values()) {
                if (review.rows().stream().noneMatch(row -> row.name() == name)) {
                    MenuItem item = new MenuItem(words(name.wire()));
                    item.setOnAction(chosen -> review.addField(name));
                    addField.getItems().add(item);
                }
            }
        });

        getChildren().addAll(title, typeChoice, rowsBox, addField);
    }

    /** Shows another document's review in this pane: its type, and its fields; any typing is dropped. */
    void show(FieldReview next) {
        if (review != null) {
            review.rows().removeListener(rowsChanged);
            review.focused().removeListener(focusMoved);
            review.type().removeListener(typeChanged);
        }
        review = next;
        typing = false;
        review.rows().addListener(rowsChanged);
        review.focused().addListener(focusMoved);
        review.type().addListener(typeChanged);
        typeChoice.setValue(review.type().get());
        draw();
    }

    /** Opens the list of fields to add, for the add-field key; arrows choose, Enter adds. */
    void showAddField() {
        addField.show();
    }

    /** Whether the editor is open on the focused field. */
    boolean typing() {
        return typing;
    }

    /** Opens the editor on the focused field with what the reviewer has typed so far, which replaces its value. */
    void startTyping(String typed) {
        if (review.focused().get() == null) {
            return;
        }
        typing = true;
        editor.setText(typed);
        editor.setAccessibleText("New value of " + words(review.focused().get().name().wire()));
        draw();
        editor.requestFocus();
        editor.end();
    }

    /** Puts the typed value in the focused field and moves on to the next (Enter in the editor). */
    void commitTyping() {
        if (typing) {
            keepTyped();
            review.accept();
        }
    }

    /** Puts the typed value in the focused field, which stays focused. */
    void keepTyped() {
        if (typing) {
            typing = false;
            review.type(editor.getText());
            draw();
        }
    }

    /** Closes the editor and leaves the field as it was (Escape in the editor). */
    void cancelTyping() {
        if (typing) {
            typing = false;
            draw();
        }
    }

    private void draw() {
        FieldRow focused = review.focused().get();
        List<Node> shown = new ArrayList<>();
        for (FieldRow row : review.rows()) {
            boolean isFocused = focused != null && focused.name() == row.name();
            FieldRowView view = views.computeIfAbsent(row.name(),
                    name -> new FieldRowView(name, () -> review.focus(name)));
            view.show(row, isFocused, typing && isFocused ? editor : null);
            shown.add(view);
        }
        if (!rowsBox.getChildren().equals(shown)) {
            rowsBox.getChildren().setAll(shown);
        }
    }

    static String stateClass(FieldState state) {
        return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
