package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page laid out in points from its top-left corner, printed alike to a PDF and to a scanned-looking image.
 * It also keeps the text as a person reads it: one entry per printed line, runs joined left to right.
 */
final class Sheet {
    enum Align { LEFT, CENTER, RIGHT }

    /** Something drawn on the page, in the order added: later marks cover earlier ones. */
    sealed interface Mark permits Text, Rule, Frame, Shade, Scribble {
    }

    /** Text whose anchor {@code x} is its left edge, centre or right edge, as {@code align} says. */
    record Text(double x, double baseline, String text, Face face, double size, Align align) implements Mark {
    }

    record Rule(double x1, double y1, double x2, double y2, double weight) implements Mark {
    }

    /** An outlined rectangle. */
    record Frame(double x, double y, double width, double height, double weight) implements Mark {
    }

    /** A filled rectangle; {@code gray} 0 is black, 1 is white. */
    record Shade(double x, double y, double width, double height, double gray) implements Mark {
    }

    /** A freehand stroke such as a signature, as a polyline. */
    record Scribble(double[] xs, double[] ys, double weight) implements Mark {
    }

    /** A line of text as read: its runs share a baseline and are added left to right. */
    final class Line {
        private final double baseline;
        private final List<String> runs = new ArrayList<>();

        private Line(double baseline) {
            this.baseline = baseline;
        }

        Line left(double x, String text, Face face, double size) {
            return add(x, text, face, size, Align.LEFT);
        }

        Line center(double x, String text, Face face, double size) {
            return add(x, text, face, size, Align.CENTER);
        }

        Line right(double x, String text, Face face, double size) {
            return add(x, text, face, size, Align.RIGHT);
        }

        private Line add(double x, String text, Face face, double size, Align align) {
            marks.add(new Text(x, baseline, text, face, size, align));
            runs.add(text);
            return this;
        }
    }

    /** Where a stamp would hide no text, and where its word falls in reading order. */
    record StampSpot(double x, double y, int lineIndex) {
    }

    private final double width;
    private final double height;
    private final List<Mark> marks = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private StampSpot stampSpot;

    Sheet(double width, double height) {
        this.width = width;
        this.height = height;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Starts a printed line; lines are read in the order they are started. */
    Line line(double baseline) {
        Line line = new Line(baseline);
        lines.add(line);
        return line;
    }

    void rule(double x1, double y1, double x2, double y2, double weight) {
        marks.add(new Rule(x1, y1, x2, y2, weight));
    }

    void frame(double x, double y, double width, double height, double weight) {
        marks.add(new Frame(x, y, width, height, weight));
    }

    void shade(double x, double y, double width, double height, double gray) {
        marks.add(new Shade(x, y, width, height, gray));
    }

    /** A filled rectangle under everything drawn so far, such as a slip of paper sized to its finished text. */
    void paper(double x, double y, double width, double height, double gray) {
        marks.add(0, new Shade(x, y, width, height, gray));
    }

    void scribble(double[] xs, double[] ys, double weight) {
        marks.add(new Scribble(xs.clone(), ys.clone(), weight));
    }

    /** Marks the free place for a stamp; its word is read after the lines started so far. */
    void stampSpot(double x, double y) {
        stampSpot = new StampSpot(x, y, lines.size());
    }

    Optional<StampSpot> stampSpot() {
        return Optional.ofNullable(stampSpot);
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** The printed text, one line per printed line, in reading order. */
    List<String> text() {
        return textWith(Optional.empty());
    }

    /** The printed text with a stamp's word, when there is one, in its place in reading order. */
    List<String> textWith(Optional<String> stamp) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            if (stamp.isPresent() && stampSpot != null && stampSpot.lineIndex() == i) {
                text.add(stamp.get());
            }
            if (i < lines.size() && !lines.get(i).runs.isEmpty()) {
                text.add(String.join(" ", lines.get(i).runs));
            }
        }
        return text;
    }
}
