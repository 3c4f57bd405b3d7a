package dev.loupe.ui;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The review workstation: queues on the left, the document in the middle, the item and its decisions on the right. */
public final class WorkstationView {
    public static final int MIN_FONT = 10;
    public static final int MAX_FONT = 28;

    private final StackPane root;
    private final KeyMap keyMap;

    /** A workstation on the default keys. */
    public WorkstationView(ReviewViewModel model, Clock clock, String serverLabel) {
        this(model, clock, serverLabel, KeyBindings.defaults());
    }

    /** A workstation on the reviewer's keys; what was wrong with their keys file is said in the status bar. */
    public WorkstationView(ReviewViewModel model, Clock clock, String serverLabel, KeyBindings keys) {
        Objects.requireNonNull(model, "model");
        LiveClock liveClock = new LiveClock(clock);
        BorderPane layout = new BorderPane();
        layout.getStyleClass().add("workstation");
        layout.setTop(header(model, serverLabel));
        layout.setLeft(new QueuePane(model, liveClock));
        DocumentPane document = new DocumentPane(model, keys);
        ItemPane item = new ItemPane(model, liveClock, keys);
        layout.setCenter(document);
        // A long list of fields scrolls rather than pushing the decision buttons off a small screen.
        ScrollPane itemScroller = new ScrollPane(item);
        itemScroller.setFitToWidth(true);
        itemScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        itemScroller.setFocusTraversable(false);
        itemScroller.getStyleClass().add("item-scroller");
        itemScroller.setAccessibleText("Item and decisions");
        layout.setRight(itemScroller);
        layout.setBottom(new StatusBar(model, liveClock, keys));
        EscalationPane escalationPane = new EscalationPane(model);
        CheatSheet cheatSheet = new CheatSheet(keys);
        FieldKeys fieldKeys = new FieldKeys(model, item.fieldsPaneProperty(), keys);
        keyMap = new KeyMap(keys, model, escalationPane, cheatSheet, fieldKeys);
        PageView pages = document.pages();
        keyMap.on(Action.ZOOM_IN, pages::zoomIn);
        keyMap.on(Action.ZOOM_OUT, pages::zoomOut);
        keyMap.on(Action.FIT_WIDTH, pages::fitWidth);
        keyMap.on(Action.FIT_PAGE, pages::fitPage);
        keyMap.on(Action.ACTUAL_SIZE, pages::actualSize);
        keyMap.on(Action.TOGGLE_WORD_BOXES, () -> pages.wordBoxesShownProperty().set(
                !pages.wordBoxesShownProperty().get()));
        keyMap.on(Action.TOGGLE_FIELD_BOXES, () -> pages.fieldBoxesShownProperty().set(
                !pages.fieldBoxesShownProperty().get()));
        keyMap.on(Action.NEXT_DOCUMENT, model::nextDocument);
        keyMap.on(Action.PREVIOUS_DOCUMENT, model::previousDocument);
        keyMap.on(Action.ADD_FIELD, () -> Optional.ofNullable(item.fieldsPaneProperty().get())
                .ifPresent(FieldsPane::showAddField));
        new WordCursorKeys(model, pages).bind(keyMap);
        root = new StackPane(layout, escalationPane, cheatSheet);
    }

    /**
     * Sets the text size every control inherits, for readers who need it larger (or a small screen smaller).
     *
     * @throws IllegalArgumentException outside 10 to 28 pixels, which no layout here is made for
     */
    public void setFontSize(int pixels) {
        if (pixels < MIN_FONT || pixels > MAX_FONT) {
            throw new IllegalArgumentException("The text size must be between " + MIN_FONT + " and " + MAX_FONT
                    + " pixels, got " + pixels + ".");
        }
        root.setStyle("-fx-font-size: " + pixels + "px;");
    }

    /** The keys of the workstation; other views bind their actions here with {@link KeyMap#on}. */
    public KeyMap keys() {
        return keyMap;
    }

    public Parent root() {
        return root;
    }

    /** A scene holding this view, with its stylesheet and keys. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                WorkstationView.class.getResource("loupe.css"), "loupe.css is packaged with the view").toExternalForm());
        keyMap.install(scene);
        return scene;
    }

    private static Parent header(ReviewViewModel model, String serverLabel) {
        Label brand = new Label("Loupe");
        brand.getStyleClass().add("brand");
        Label queue = new Label();
        queue.getStyleClass().add("header-queue");
        queue.textProperty().bind(model.selectedQueueProperty().map(q -> "Queue: " + q).orElse("No queue chosen"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label server = new Label(serverLabel);
        server.getStyleClass().add("header-server");
        HBox header = new HBox(18, brand, queue, spacer, server);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }
}
