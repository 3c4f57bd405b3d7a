package dev.loupe.media.synth;

import java.util.ArrayList;
import java.util.List;

/** Breaking prose into printed lines by the fonts' AFM widths, which both printers set text to. */
final class Typesetting {
    private Typesetting() {
    }

    static List<String> wrap(String text, double width, Face face, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && face.width(longer, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
