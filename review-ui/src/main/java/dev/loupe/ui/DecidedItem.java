package dev.loupe.ui;

import dev.loupe.core.Outcome;
import dev.loupe.core.ReadyItem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An item the reviewer decided this session, for looking back at it.
 *
 * @param item    the item as it was reviewed
 * @param outcome what was decided
 * @param at      when the decision was kept on this machine
 */
public record DecidedItem(ReadyItem item, Outcome outcome, Instant at) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm");

    public DecidedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }

    /** "Decided: approved at 10:42 — read only". */
    public String banner(ZoneId zone) {
        return "Decided: " + outcome.wire().replace('-', ' ') + " at " + WHEN.format(at.atZone(zone)) + " — read only";
    }
}
