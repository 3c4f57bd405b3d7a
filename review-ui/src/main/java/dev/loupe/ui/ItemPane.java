package dev.loupe.ui;

import dev.loupe.core.WorkItem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the item under review is, and the decisions the reviewer can take with their keys. */
final class ItemPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final ReadOnlyObjectWrapper<FieldsPane> fieldsPane = new ReadOnlyObjectWrapper<>(this, "fieldsPane");

    ItemPane(ReviewViewModel model, LiveClock clock, KeyBindings keys) {
        getStyleClass().add("item-pane");
        Label title = new Label("Item");
        title.getStyleClass().add("section-title");

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        ObservableValue<WorkItem> shown = model.shownItemProperty();
        addFact(facts, 0, "File", shown, item -> item.assets().isEmpty() ? "—" : item.assets().size() == 1
                ? item.assets().get(0).fileName() : item.assets().size() + " documents");
        addFact(facts, 1, "Kind", shown, item -> item.kind().wire());
        addFact(facts, 2, "Queue", shown, WorkItem::queue);
        addFact(facts, 3, "Priority", shown, item -> Integer.toString(item.priority()));
        addFact(facts, 4, "SLA due", shown, item -> WHEN.format(item.slaDue().atZone(ZoneId.systemDefault())));
        Label sla = new Label();
        sla.getStyleClass().addAll("fact-value", "sla-text");
        sla.setAccessibleText("Time to the SLA");
        SlaText.showCountdown(sla, shown, clock);
        facts.add(sla, 1, 5);
        addFact(facts, 6, "Item id", shown, WorkItem::id);

        Label decided = new Label();
        decided.setId("decided-banner");
        decided.getStyleClass().add("decided-banner");
        decided.setWrapText(true);
        decided.textProperty().bind(model.viewingProperty().map(entry -> entry.banner(ZoneId.systemDefault())
                + ". " + keys.describe(Action.HISTORY_FORWARD) + " goes forward.").orElse(""));
        decided.visibleProperty().bind(model.viewingProperty().isNotNull());
        decided.managedProperty().bind(decided.visibleProperty());

        Button approve = action("Approve", keys.describe(Action.APPROVE), "approve", model::approve);
        approve.getStyleClass().add("approve");
        Button escalate = action("Escalate…", keys.describe(Action.ESCALATE), "escalate", model::startEscalation);
        escalate.getStyleClass().add("escalate");
        Button skip = action("Skip", keys.describe(Action.SKIP), "skip", model::skip);
        Button unreadable = action("Unreadable", keys.describe(Action.UNREADABLE), "unreadable",
                model::rejectUnreadable);
        for (Button decision : new Button[] {approve, escalate, skip, unreadable}) {
            decision.disableProperty().bind(model.canDecideProperty().not());
        }

        Label leaseLost = new Label();
        leaseLost.setId("lease-lost");
        leaseLost.getStyleClass().add("lease-lost");
        leaseLost.setWrapText(true);
        leaseLost.textProperty().bind(model.leaseLostProperty());
        leaseLost.visibleProperty().bind(model.leaseLostProperty().isNotEmpty());
        leaseLost.managedProperty().bind(leaseLost.visibleProperty());

        Button next = action("Open next item", keys.describe(Action.NEXT), "open-next", model::openNext);
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.currentProperty().get() != null || model.selectedQueueProperty().get() == null
                        || model.phaseProperty().get() == Phase.LOADING || model.phaseProperty().get() == Phase.SENDING
                        || model.phaseProperty().get() == Phase.WAITING,
                model.currentProperty(), model.selectedQueueProperty(), model.phaseProperty()));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(keys.describe(Action.NEXT_FIELD) + ": fields · " + keys.describe(Action.UNDO)
                + ": undo · " + keys.describe(Action.CHEAT_SHEET) + ": all keys");
        hint.getStyleClass().add("key-hint");
        hint.setWrapText(true);
        VBox fields = new VBox(documentSwitcher(model, keys));
        fields.setId("fields-holder");
        // One fields pane serves every document: opening an item styles no new controls.
        FieldsPane shared = new FieldsPane();
        model.fieldReviewProperty().addListener((obs, was, review) -> {
            if (review != null) {
                shared.show(review);
            }
            fieldsPane.set(review == null ? null : shared);
            fields.getChildren().setAll(review == null ? List.of(fields.getChildren().get(0))
                    : List.of(fields.getChildren().get(0), shared));
        });
        getChildren().addAll(title, facts, decided, leaseLost, fields,
                new ProposalsPane(model.proposals(), model.fieldReviewProperty()), approve, escalate, skip,
                unreadable, next, spacer, hint);
    }

    /** The fields of the item under review, which the window's keys type into; null when there are none. */
    ReadOnlyObjectProperty<FieldsPane> fieldsPaneProperty() {
        return fieldsPane.getReadOnlyProperty();
    }

    /** Which of the item's documents is on screen, with buttons and keys to move between them; shown when there are two or more. */
    private static HBox documentSwitcher(ReviewViewModel model, KeyBindings keys) {
        Label which = new Label();
        which.setId("document-position");
        which.getStyleClass().add("document-position");
        which.setWrapText(true);
        which.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(which, Priority.ALWAYS);
        which.textProperty().bind(Bindings.createStringBinding(() -> {
            int index = model.documentIndexProperty().get();
            List<String> names = model.documentNames();
            return index < names.size() ? "Document " + (index + 1) + " of " + names.size() + " · " + names.get(index)
                    : "";
        }, model.documentIndexProperty(), model.documentNames()));
        Button previous = new Button("◀");
        previous.setId("previous-document");
        previous.setAccessibleText("Previous document (" + keys.describe(Action.PREVIOUS_DOCUMENT) + ")");
        previous.setOnAction(event -> model.previousDocument());
        Button next = new Button("▶");
        next.setId("next-document");
        next.setAccessibleText("Next document (" + keys.describe(Action.NEXT_DOCUMENT) + ")");
        next.setOnAction(event -> model.nextDocument());
        for (Button button : new Button[] {previous, next}) {
            button.setFocusTraversable(false);
            button.getStyleClass().add("document-step");
            button.setTooltip(new Tooltip(button.getAccessibleText()));
        }
        HBox switcher = new HBox(6, which, previous, next);
        switcher.setId("document-switcher");
        switcher.getStyleClass().add("document-switcher");
        switcher.setAlignment(Pos.CENTER_LEFT);
        switcher.visibleProperty().bind(Bindings.size(model.documentNames()).greaterThan(1));
        switcher.managedProperty().bind(switcher.visibleProperty());
        return switcher;
    }

    private static void addFact(GridPane grid, int row, String name, ObservableValue<WorkItem> shown,
            Function<WorkItem, String> value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        Label text = new Label();
        text.getStyleClass().add("fact-value");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> shown.getValue() == null ? "—" : value.apply(shown.getValue()), shown));
        text.setAccessibleText(name);
        grid.addRow(row, key, text);
    }

    private static Button action(String text, String keys, String id, Runnable command) {
        Label keyLabel = new Label(keys);
        keyLabel.getStyleClass().add("key-cap");
        Button button = new Button(text, keyLabel);
        button.setId(id);
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.setGraphicTextGap(12);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.setAccessibleText(text);
        button.setAccessibleHelp("Shortcut: " + keys);
        button.setOnAction(event -> command.run());
        return button;
    }
}
