package dev.loupe.inference.normalize;

/**
 * The letters OCR reads in place of digits, and back. They are only swapped where the context says which is
 * meant (a numeric part of a date or amount, a digit slot of a known identifier), never in free text.
 */
final class OcrConfusions {
    private OcrConfusions() {
    }

    /** The digit a misread letter stands for, or the character itself. */
    static char toDigit(char c) {
        return switch (c) {
            case 'O', 'o' -> '0';
            case 'l', 'I', '|' -> '1';
            case 'S', 's' -> '5';
            case 'B' -> '8';
            default -> c;
        };
    }

    /** Like {@link #toDigit} for upper-cased text, where a misread {@code l} has become {@code L}. */
    static char upperToDigit(char c) {
        return c == 'L' ? '1' : toDigit(c);
    }

    /** The upper-case letter a misread digit stands for, or the character itself. */
    static char toLetter(char c) {
        return switch (c) {
            case '0' -> 'O';
            case '1' -> 'I';
            case '5' -> 'S';
            case '8' -> 'B';
            default -> c;
        };
    }

    /** An ASCII digit: OCR and text layers give no other kind, and other scripts' digits are no part of a value. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDigitLike(char c) {
        return isDigit(c) || toDigit(c) != c;
    }

    /** The text with every misread letter made a digit; the caller knows the text is meant to be a number. */
    static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(toDigit(text.charAt(i)));
        }
        return out.toString();
    }
}
