package dev.loupe.ui;

import dev.loupe.core.EscalationReason;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The escalation the reviewer is writing: a reason and an optional note. */
public final class EscalationForm {
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ObjectProperty<EscalationReason> reason = new SimpleObjectProperty<>(this, "reason");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public ObjectProperty<EscalationReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Chooses the reason shown as number {@code n} (1-based), as the number keys do. */
    public void chooseReason(int n) {
        EscalationReason[] all = EscalationReason.values();
        if (n >= 1 && n <= all.length) {
            reason.set(all[n - 1]);
        }
    }

    void open() {
        reason.set(null);
        note.set("");
        open.set(true);
    }

    void close() {
        open.set(false);
    }
}
