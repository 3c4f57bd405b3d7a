package dev.loupe.core.annotation;

import java.util.Objects;

/**
 * One page of an annotated document.
 *
 * @param index   zero-based
 * @param width   in pixels at {@code dpi}
 * @param height  in pixels at {@code dpi}
 * @param dpi     the resolution it was read at
 * @param source  where its words came from
 * @param words   how many words were read on it
 * @param millis  how long reading it took
 */
public record PageInfo(int index, int width, int height, int dpi, TextSource source, int words, long millis) {
    public PageInfo {
        Objects.requireNonNull(source, "source");
        if (index < 0 || width < 0 || height < 0 || dpi < 0 || words < 0 || millis < 0) {
            throw new IllegalArgumentException("Page figures cannot be negative.");
        }
    }
}
