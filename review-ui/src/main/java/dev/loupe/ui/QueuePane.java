package dev.loupe.ui;

import dev.loupe.core.QueueSummary;
import dev.loupe.core.WorkItem;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The queues with their counts, and the items waiting in the chosen one. */
final class QueuePane extends VBox {
    /** Items due within this window are shown as at risk. */
    static final Duration AT_RISK = Duration.ofMinutes(30);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE HH:mm");

    private final ListView<QueueSummary> queueList = new ListView<>();
    private final TableView<WorkItem> waitingTable = new TableView<>();
    private final Label waitingTitle = new Label();

    QueuePane(ReviewViewModel model, LiveClock clock) {
        getStyleClass().add("queue-pane");
        Label queuesTitle = new Label("Queues");
        queuesTitle.getStyleClass().add("section-title");

        queueList.setItems(model.queues());
        queueList.setCellFactory(list -> new QueueCell());
        queueList.setPrefHeight(150);
        queueList.setMinHeight(90);
        queueList.setAccessibleText("Queues");
        queueList.setFocusTraversable(false);
        queueList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.selectQueue(chosen.name());
                if (!chosen.name().equals(model.selectedQueueProperty().get())) {
                    // Refused (an item with changes is open): the list shows the queue still under review.
                    Platform.runLater(() -> selectInList(model.selectedQueueProperty().get()));
                }
            }
        });
        model.selectedQueueProperty().addListener((obs, old, name) -> selectInList(name));
        model.queues().addListener((ListChangeListener<QueueSummary>) change ->
                selectInList(model.selectedQueueProperty().get()));
        queueList.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.phaseProperty().get() == Phase.LOADING || model.phaseProperty().get() == Phase.SENDING,
                model.phaseProperty()));

        waitingTitle.getStyleClass().add("section-title");
        waitingTitle.textProperty().bind(model.selectedQueueProperty().map(q -> "Waiting in " + q).orElse("Waiting"));
        waitingTable.setItems(model.waiting());
        // Rows of one height (set in em by the stylesheet): the table lays its rows out without measuring each.
        waitingTable.getStyleClass().add("waiting-table");
        waitingTable.setAccessibleText("Items waiting in the chosen queue");
        waitingTable.setFocusTraversable(false);
        waitingTable.setPlaceholder(new Label("Nothing waiting."));
        // Columns share the width in proportion, so they grow with the pane when the text is larger.
        waitingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // The file says what an item is (a queue holds one kind of work), so it takes the room a kind column would.
        waitingTable.getColumns().add(column("File", 150, QueuePane::fileName));
        TableColumn<WorkItem, String> priority = column("Prio", 38, item -> Integer.toString(item.priority()));
        priority.getStyleClass().add("numeric");
        waitingTable.getColumns().add(priority);
        waitingTable.getColumns().add(dueColumn(clock));
        waitingTable.setRowFactory(table -> new WaitingRow(clock));
        VBox.setVgrow(waitingTable, Priority.ALWAYS);

        getChildren().addAll(queuesTitle, queueList, waitingTitle, waitingTable);
    }

    private void selectInList(String name) {
        for (QueueSummary q : queueList.getItems()) {
            if (q.name().equals(name)) {
                queueList.getSelectionModel().select(q);
                return;
            }
        }
    }

    /** The item's file, or its first file and how many more: "claim-0003.pdf +2". */
    private static String fileName(WorkItem item) {
        if (item.assets().isEmpty()) {
            return item.id();
        }
        String first = item.assets().get(0).fileName();
        return item.assets().size() == 1 ? first : first + " +" + (item.assets().size() - 1);
    }

    private static TableColumn<WorkItem, String> column(String title, double width,
            Function<WorkItem, String> text) {
        TableColumn<WorkItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<WorkItem, WorkItem> dueColumn(LiveClock clock) {
        TableColumn<WorkItem, WorkItem> due = new TableColumn<>("SLA due");
        due.setPrefWidth(92);
        due.setSortable(false);
        due.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        due.setCellFactory(col -> new TableCell<>() {
            /** One per cell, its text changed: a tooltip is a window of its own, costly to make on every update. */
            private final Tooltip said = new Tooltip();
            /** As time passes the cell recolours itself; the table's other cells are left alone. */
            private final InvalidationListener tick = observable -> show(getItem(), isEmpty());

            {
                clock.nowProperty().addListener(new WeakInvalidationListener(tick));
            }

            @Override
            protected void updateItem(WorkItem item, boolean empty) {
                super.updateItem(item, empty);
                show(item, empty);
            }

            private void show(WorkItem item, boolean empty) {
                getStyleClass().removeAll("sla-at-risk", "sla-breached");
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                var now = clock.now();
                setText(DUE.format(item.slaDue().atZone(ZoneId.systemDefault())));
                said.setText(SlaText.describe(item.slaDue(), now));
                setTooltip(said);
                if (item.slaDue().isBefore(now)) {
                    getStyleClass().add("sla-breached");
                } else if (SlaText.atRisk(item.slaDue(), now, AT_RISK)) {
                    getStyleClass().add("sla-at-risk");
                }
            }
        });
        return due;
    }

    /** An item waiting, said as one sentence: "claim-1.pdf, document, priority 3, due in 20 min". */
    private static final class WaitingRow extends TableRow<WorkItem> {
        private final LiveClock clock;

        private final InvalidationListener tick = observable -> describe(getItem(), isEmpty());

        WaitingRow(LiveClock clock) {
            this.clock = clock;
            clock.nowProperty().addListener(new WeakInvalidationListener(tick));
        }

        @Override
        protected void updateItem(WorkItem item, boolean empty) {
            super.updateItem(item, empty);
            describe(item, empty);
        }

        private void describe(WorkItem item, boolean empty) {
            setAccessibleText(empty || item == null ? null : fileName(item) + ", " + item.kind().wire() + ", priority "
                    + item.priority() + ", " + SlaText.describe(item.slaDue(), clock.now()));
        }
    }

    /** A queue as one line: its name, then how many items wait and are held. */
    private static final class QueueCell extends ListCell<QueueSummary> {
        @Override
        protected void updateItem(QueueSummary queue, boolean empty) {
            super.updateItem(queue, empty);
            if (empty || queue == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String counts = queue.queued() + " waiting · " + queue.leased() + " open · " + queue.decided() + " done";
            if (queue.escalated() > 0) {
                counts += " · " + queue.escalated() + " escalated";
            }
            setText(queue.name() + "\n" + counts);
            setAccessibleText("Queue " + queue.name() + ": " + counts);
        }
    }
}
