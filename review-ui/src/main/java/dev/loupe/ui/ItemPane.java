package dev.loupe.ui;

import dev.loupe.core.Lease;
import dev.loupe.core.WorkItem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the item under review is, and the decisions the reviewer can take with their keys. */
final class ItemPane extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final ReadOnlyObjectWrapper<FieldsPane> fieldsPane = new ReadOnlyObjectWrapper<>(this, "fieldsPane");

    ItemPane(ReviewViewModel model, LiveClock clock) {
        getStyleClass().add("item-pane");
        Label title = new Label("Item");
        title.getStyleClass().add("section-title");

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        ObservableValue<Lease> lease = model.currentProperty();
        addFact(facts, 0, "File", lease, item -> item.assets().isEmpty() ? "—" : item.assets().get(0).fileName());
        addFact(facts, 1, "Kind", lease, item -> item.kind().wire());
        addFact(facts, 2, "Queue", lease, WorkItem::queue);
        addFact(facts, 3, "Priority", lease, item -> Integer.toString(item.priority()));
        addFact(facts, 4, "SLA due", lease, item -> WHEN.format(item.slaDue().atZone(ZoneId.systemDefault())));
        Label sla = new Label();
        sla.getStyleClass().addAll("fact-value", "sla-text");
        sla.setAccessibleText("Time to the SLA");
        sla.textProperty().bind(Bindings.createStringBinding(() -> lease.getValue() == null ? ""
                : SlaText.describe(lease.getValue().item().slaDue(), clock.now()), lease, clock.nowProperty()));
        InvalidationListener colourSla = obs -> {
            sla.getStyleClass().removeAll("sla-at-risk", "sla-breached");
            if (lease.getValue() != null) {
                var due = lease.getValue().item().slaDue();
                if (due.isBefore(clock.now())) {
                    sla.getStyleClass().add("sla-breached");
                } else if (SlaText.atRisk(due, clock.now(), QueuePane.AT_RISK)) {
                    sla.getStyleClass().add("sla-at-risk");
                }
            }
        };
        lease.addListener(colourSla);
        clock.nowProperty().addListener(colourSla);
        facts.add(sla, 1, 5);
        addFact(facts, 6, "Item id", lease, WorkItem::id);

        Button approve = action("Approve", "A  ·  Ctrl+Enter", "approve", model::approve);
        approve.getStyleClass().add("approve");
        Button escalate = action("Escalate…", "E", "escalate", model::startEscalation);
        escalate.getStyleClass().add("escalate");
        Button skip = action("Skip", "S", "skip", model::skip);
        approve.disableProperty().bind(model.canDecideProperty().not());
        escalate.disableProperty().bind(model.canDecideProperty().not());
        skip.disableProperty().bind(model.canDecideProperty().not());

        Label leaseLost = new Label();
        leaseLost.setId("lease-lost");
        leaseLost.getStyleClass().add("lease-lost");
        leaseLost.setWrapText(true);
        leaseLost.textProperty().bind(model.leaseLostProperty());
        leaseLost.visibleProperty().bind(model.leaseLostProperty().isNotEmpty());
        leaseLost.managedProperty().bind(leaseLost.visibleProperty());

        Button next = action("Open next item", "N", "open-next", model::openNext);
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.currentProperty().get() != null || model.selectedQueueProperty().get() == null
                        || model.phaseProperty().get() == Phase.LOADING || model.phaseProperty().get() == Phase.SENDING
                        || model.phaseProperty().get() == Phase.WAITING,
                model.currentProperty(), model.selectedQueueProperty(), model.phaseProperty()));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label keys = new Label("Keys: N next · A approve · E escalate · S skip · R refresh");
        keys.getStyleClass().add("key-hint");
        keys.setWrapText(true);
        VBox fields = new VBox();
        fields.setId("fields-holder");
        model.fieldReviewProperty().addListener((obs, was, review) -> {
            fieldsPane.set(review == null ? null : new FieldsPane(review));
            fields.getChildren().setAll(review == null ? List.of() : List.of(fieldsPane.get()));
        });
        getChildren().addAll(title, facts, leaseLost, fields,
                new ProposalsPane(model.proposals(), model.fieldReviewProperty()), approve, escalate, skip, next,
                spacer, keys);
    }

    /** The fields of the item under review, which the window's keys type into; null when there are none. */
    ReadOnlyObjectProperty<FieldsPane> fieldsPaneProperty() {
        return fieldsPane.getReadOnlyProperty();
    }

    private static void addFact(GridPane grid, int row, String name, ObservableValue<Lease> lease,
            Function<WorkItem, String> value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        Label text = new Label();
        text.getStyleClass().add("fact-value");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(
                () -> lease.getValue() == null ? "—" : value.apply(lease.getValue().item()), lease));
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
        button.setAccessibleText(text + " (" + keys + ")");
        button.setOnAction(event -> command.run());
        return button;
    }
}
