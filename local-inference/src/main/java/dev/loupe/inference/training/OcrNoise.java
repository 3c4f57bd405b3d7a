package dev.loupe.inference.training;

import dev.loupe.core.annotation.Box;
import dev.loupe.core.annotation.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The mistakes OCR makes, applied to a clean document's words so that models trained on synthetic layouts are not
 * thrown by a scan: letters and digits confused (O/0, l/1, S/5, B/8), a character dropped or doubled, boxes a
 * little off, lower confidences. Words are never merged, split or removed, so the labels stay on the right
 * words.
 */
final class OcrNoise {
    private static final String[][] CONFUSIONS = {
        {"0", "O"}, {"O", "0"}, {"1", "l"}, {"l", "1"}, {"1", "I"}, {"5", "S"}, {"S", "5"}, {"8", "B"}, {"B", "8"},
        {"rn", "m"}, {"m", "rn"}, {",", "."}, {".", ","}, {"e", "c"}, {"a", "o"}};

    private OcrNoise() {
    }

    /** The words with noise at {@code rate} (0.02 means about one word in fifty damaged). */
    static List<Word> apply(List<Word> words, double rate, Random random) {
        List<Word> noisy = new ArrayList<>(words.size());
        for (Word word : words) {
            String text = random.nextDouble() < rate ? damage(word.text(), random) : word.text();
            double confidence = Math.max(0.3, Math.min(1, 0.97 - Math.abs(random.nextGaussian()) * 0.08));
            noisy.add(new Word(word.page(), text, jitter(word.box(), random), confidence, word.model()));
        }
        return noisy;
    }

    private static String damage(String text, Random random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            String[] confusion = CONFUSIONS[random.nextInt(CONFUSIONS.length)];
            int at = text.indexOf(confusion[0]);
            if (at >= 0) {
                return text.substring(0, at) + confusion[1] + text.substring(at + confusion[0].length());
            }
        }
        if (kind == 1 && text.length() > 3) {
            int at = random.nextInt(text.length());
            return text.substring(0, at) + text.substring(at + 1);
        }
        if (text.length() > 1) {
            int at = random.nextInt(text.length());
            return text.substring(0, at + 1) + text.charAt(at) + text.substring(at + 1);
        }
        return text;
    }

    private static Box jitter(Box box, Random random) {
        double dx = random.nextGaussian() * 0.002;
        double dy = random.nextGaussian() * 0.001;
        double x = Math.max(0, Math.min(1 - box.width(), box.x() + dx));
        double y = Math.max(0, Math.min(1 - box.height(), box.y() + dy));
        return new Box(x, y, box.width(), box.height());
    }
}
