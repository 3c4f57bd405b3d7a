package dev.loupe.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a reviewer is looking at: a document (PDF or image pages) or a video. */
public enum ItemKind {
    DOCUMENT("document"),
    VIDEO("video");

    private final String wire;

    ItemKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static ItemKind fromWire(String value) {
        return WireNames.parse(ItemKind.class, value, ItemKind::wire);
    }
}
