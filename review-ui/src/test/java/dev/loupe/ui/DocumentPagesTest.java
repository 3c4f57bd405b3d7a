package dev.loupe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.core.PageImage;
import dev.loupe.core.ReadyItem;
import dev.loupe.core.port.PageRenderer;
import dev.loupe.core.port.PageSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPagesTest {
    private final List<String> opened = new ArrayList<>();
    /** Every page is 10×10 pixels: 400 bytes. */
    private final PageRenderer renderer = (file, mediaType, name) -> {
        opened.add(name);
        return new PageSource() {
            @Override
            public int pageCount() {
                return 2;
            }

            @Override
            public PageImage render(int index, int dpi) {
                return new PageImage(10, 10, new int[100]);
            }

            @Override
            public void close() {
            }
        };
    };
    private final ScriptedDesk desk = new ScriptedDesk();

    @Test
    void anItemRenderedAheadIsNotRenderedAgainWhenOpened() {
        DocumentPages pages = new DocumentPages(renderer);
        ReadyItem item = desk.item("it-1", "claim.pdf");

        assertThat(pages.preloader().prepare(item)).isSameAs(item);
        PreparedItem shown = pages.prepare(item);

        assertThat(opened).containsExactly("claim.pdf");
        assertThat(shown.pages()).hasSize(2);
        assertThat(shown.problem()).isEmpty();
    }

    @Test
    void pagesRenderedAheadStayWithinTheirMemoryOldestGoingFirst() {
        DocumentPages pages = new DocumentPages(renderer, 2 * 800);
        ReadyItem first = desk.item("it-1", "a.pdf");
        ReadyItem second = desk.item("it-2", "b.pdf");
        ReadyItem third = desk.item("it-3", "c.pdf");
        for (ReadyItem item : List.of(first, second, third)) {
            pages.preloader().prepare(item);
        }

        pages.prepare(first);
        pages.prepare(second);
        pages.prepare(third);

        assertThat(opened).containsExactly("a.pdf", "b.pdf", "c.pdf", "a.pdf");
    }

    @Test
    void aForgottenItemIsRenderedAgainIfItIsOpenedAfterAll() {
        DocumentPages pages = new DocumentPages(renderer);
        ReadyItem item = desk.item("it-1", "claim.pdf");
        pages.preloader().prepare(item);

        pages.forget("it-1");
        pages.prepare(item);

        assertThat(opened).containsExactly("claim.pdf", "claim.pdf");
    }

    @Test
    void anItemWithoutItsFileSaysWhy() {
        ReadyItem whole = desk.item("it-1", "claim.pdf");
        ReadyItem missing = new ReadyItem(whole.lease(), java.util.Arrays.asList((Path) null), "It could not be downloaded.");

        PreparedItem shown = new DocumentPages(renderer).prepare(missing);

        assertThat(shown.pages()).isEmpty();
        assertThat(shown.document(0).problem()).isEqualTo("It could not be downloaded.");
        assertThat(opened).isEmpty();
    }
}
