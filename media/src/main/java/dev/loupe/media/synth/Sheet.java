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

    /**
     * Text whose anchor {@code x} is its left edge, centre or right edge, as {@code align} says; {@code field}
     * names the truth field it prints the value of, or is null.
     */
    record Text(double x, double baseline, String text, Face face, double size, Align align, String field)
            implements Mark {
        /** Where the text starts, by the AFM metrics both printers place it with. */
        double left() {
            return switch (align) {
                case LEFT -> x;
                case CENTER -> x - face.width(text, size) / 2;
                case RIGHT -> x - face.width(text, size);
            };
        }
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
        private final List<Text> runs = new ArrayList<>();

        private Line(double baseline) {
            this.baseline = baseline;
        }

        Line left(double x, String text, Face face, double size) {
            return add(x, text, face, size, Align.LEFT, null);
        }

        /** A run that prints the value of the truth field {@code field}. */
        Line left(double x, String text, Face face, double size, String field) {
            return add(x, text, face, size, Align.LEFT, field);
        }

        Line center(double x, String text, Face face, double size) {
            return add(x, text, face, size, Align.CENTER, null);
        }

        Line center(double x, String text, Face face, double size, String field) {
            return add(x, text, face, size, Align.CENTER, field);
        }

        Line right(double x, String text, Face face, double size) {
            return add(x, text, face, size, Align.RIGHT, null);
        }

        Line right(double x, String text, Face face, double size, String field) {
            return add(x, text, face, size, Align.RIGHT, field);
        }

        /** A label and its value as two runs that read as one, the value starting a space after the label. */
        Line labelled(double x, String label, String value, Face face, double size, String field) {
            return left(x, label, face, size).left(x + face.width(label + " ", size), value, face, size, field);
        }

        private Line add(double x, String text, Face face, double size, Align align, String field) {
            Text run = new Text(x, baseline, text, face, size, align, field);
            marks.add(run);
            runs.add(run);
            return this;
        }

        private String text() {
            return String.join(" ", runs.stream().map(Text::text).toList());
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
                text.add(lines.get(i).text());
            }
        }
        return text;
    }

    /** Every printed word with its box, in the reading order of {@link #textWith}; the stamp's word is untagged. */
    LaidOutPage words(Optional<Stamp> stamp) {
        List<TruthWord> words = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            if (stamp.isPresent() && stampSpot != null && stampSpot.lineIndex() == i) {
                Stamp pressed = stamp.get();
                addWords(new Text(pressed.x(), pressed.baseline(), pressed.word(), Stamp.FACE, Stamp.SIZE,
                        Align.CENTER, null), words);
            }
            if (i < lines.size()) {
                lines.get(i).runs.forEach(run -> addWords(run, words));
            }
        }
        return new LaidOutPage(width, height, words);
    }

    private void addWords(Text run, List<TruthWord> words) {
        double left = run.left();
        double top = run.baseline() - run.face().ascent(run.size());
        double tall = run.face().ascent(run.size()) + run.face().descent(run.size());
        String text = run.text();
        int start = 0;
        while (start < text.length()) {
            if (text.charAt(start) == ' ') {
                start++;
                continue;
            }
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            String word = text.substring(start, end);
            double x = left + run.face().width(text.substring(0, start), run.size());
            words.add(new TruthWord(word, x / width, top / height, run.face().width(word, run.size()) / width,
                    tall / height, run.field()));
            start = end;
        }
    }
}
