package dev.loupe.inference.ocr;

import java.util.ArrayDeque;
import java.util.Optional;

/**
 * Where the paper lies in a photo of it: a phone's picture of a receipt shows the table around it, and OCR reads
 * wood grain or a tablecloth as a page of nonsense words, slowly. The picture is cut into coarse cells; the bright
 * cells are the paper when they stand out clearly from the rest, and the large bright patches together give the
 * paper's bounds. A page that fills its picture, as every scan does, is left whole.
 */
final class PaperRegion {
    /** The picture's short side in cells: coarse enough that print averages out, fine enough to follow an edge. */
    private static final int CELLS_ACROSS = 80;
    /** How much brighter the paper must be than its surroundings, on 0-255, to be told from them. */
    private static final double LEAST_CONTRAST = 45;
    /** Paper covering more of the picture than this is the whole page, as in a scan. */
    private static final double WHOLE_PAGE = 0.95;
    /** Paper covering less than this is no page in view, but a bright thing in a photograph. */
    private static final double LEAST_PAPER = 0.08;
    /** Bright patches this large beside the largest (a page crossed by a shadow or a dark band) count as paper. */
    private static final double PART_OF_THE_PAGE = 0.15;

    /** A rectangle of the picture, in pixels. */
    record Bounds(int x, int y, int width, int height) {
    }

    private PaperRegion() {
    }

    /** The paper's bounds, or empty when the page fills the picture or no paper stands out from around it. */
    static Optional<Bounds> find(byte[] grey, int width, int height) {
        int cell = Math.max(4, Math.min(width, height) / CELLS_ACROSS);
        int cols = width / cell;
        int rows = height / cell;
        if (cols < 4 || rows < 4) {
            return Optional.empty();
        }
        int[] means = cellMeans(grey, width, cell, cols, rows);
        long[] histogram = new long[256];
        for (int mean : means) {
            histogram[mean]++;
        }
        int threshold = PaperLevels.otsu(histogram, means.length);
        if (contrast(histogram, threshold) < LEAST_CONTRAST) {
            return Optional.empty();
        }
        int[] patch = new int[means.length];
        int[] sizes = new int[means.length + 1];
        int patches = label(means, threshold, cols, rows, patch, sizes);
        int largest = 0;
        for (int i = 1; i <= patches; i++) {
            largest = Math.max(largest, sizes[i]);
        }
        int left = cols;
        int top = rows;
        int right = -1;
        int bottom = -1;
        int paper = 0;
        for (int i = 0; i < means.length; i++) {
            if (patch[i] > 0 && sizes[patch[i]] >= largest * PART_OF_THE_PAGE) {
                paper++;
                left = Math.min(left, i % cols);
                right = Math.max(right, i % cols);
                top = Math.min(top, i / cols);
                bottom = Math.max(bottom, i / cols);
            }
        }
        if (paper < means.length * LEAST_PAPER) {
            return Optional.empty();
        }
        // One cell of margin, so the page's edge and a word touching it stay inside.
        int x = Math.max(0, (left - 1) * cell);
        int y = Math.max(0, (top - 1) * cell);
        int x1 = Math.min(width, (right + 2) * cell);
        int y1 = Math.min(height, (bottom + 2) * cell);
        if ((double) (x1 - x) * (y1 - y) >= WHOLE_PAGE * width * height) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(x, y, x1 - x, y1 - y));
    }

    /** The pixels of {@code bounds}, row by row, as a picture of their own. */
    static byte[] crop(byte[] grey, int width, Bounds bounds) {
        byte[] cropped = new byte[bounds.width() * bounds.height()];
        for (int row = 0; row < bounds.height(); row++) {
            System.arraycopy(grey, (bounds.y() + row) * width + bounds.x(), cropped, row * bounds.width(),
                    bounds.width());
        }
        return cropped;
    }

    private static int[] cellMeans(byte[] grey, int width, int cell, int cols, int rows) {
        int[] means = new int[cols * rows];
        int area = cell * cell;
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                long sum = 0;
                for (int y = row * cell; y < (row + 1) * cell; y++) {
                    int start = y * width + col * cell;
                    for (int x = start; x < start + cell; x++) {
                        sum += grey[x] & 0xFF;
                    }
                }
                means[row * cols + col] = (int) (sum / area);
            }
        }
        return means;
    }

    private static double contrast(long[] histogram, int threshold) {
        double darkSum = 0;
        double brightSum = 0;
        long dark = 0;
        long bright = 0;
        for (int level = 0; level < 256; level++) {
            if (level <= threshold) {
                darkSum += (double) level * histogram[level];
                dark += histogram[level];
            } else {
                brightSum += (double) level * histogram[level];
                bright += histogram[level];
            }
        }
        return dark == 0 || bright == 0 ? 0 : brightSum / bright - darkSum / dark;
    }

    /** Numbers the 4-connected patches of bright cells from 1 and counts their cells; returns how many there are. */
    private static int label(int[] means, int threshold, int cols, int rows, int[] patch, int[] sizes) {
        int patches = 0;
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int start = 0; start < means.length; start++) {
            if (means[start] <= threshold || patch[start] != 0) {
                continue;
            }
            patches++;
            patch[start] = patches;
            todo.add(start);
            while (!todo.isEmpty()) {
                int at = todo.poll();
                sizes[patches]++;
                int col = at % cols;
                int row = at / cols;
                int[] next = {col > 0 ? at - 1 : -1, col < cols - 1 ? at + 1 : -1, row > 0 ? at - cols : -1,
                    row < rows - 1 ? at + cols : -1};
                for (int n : next) {
                    if (n >= 0 && patch[n] == 0 && means[n] > threshold) {
                        patch[n] = patches;
                        todo.add(n);
                    }
                }
            }
        }
        return patches;
    }
}
