package dev.loupe.ui;

import dev.loupe.core.PageImage;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import dev.loupe.core.port.UnreadableMediaException;
import java.nio.file.Path;

/** Renders every file as pages of plain white, or refuses files whose name says "corrupt". */
final class OnePageRenderer implements PageRenderer {
    private final int pages;

    OnePageRenderer(int pages) {
        this.pages = pages;
    }

    @Override
    public PageSource open(Path file, String mediaType, String name) {
        if (file.getFileName().toString().contains("corrupt")) {
            throw new UnreadableMediaException("The file " + file + " is damaged. Ask the sender for a new copy.");
        }
        return new PageSource() {
            @Override
            public int pageCount() {
                return pages;
            }

            @Override
            public PageImage render(int index, int dpi) {
                return new PageImage(4, 5, new int[20]);
            }

            @Override
            public void close() {
            }
        };
    }
}
