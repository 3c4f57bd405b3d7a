package dev.loupe.inference.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises the names of people and businesses the way the truth keeps them: as printed, case and accents kept
 * (evaluation folds case itself), each run of spaces made one, and the punctuation OCR and layout leave at the ends
 * taken off. A full stop at the end stays where it belongs to the name: an initial ({@code Smith, J.}) or
 * {@code Jr.} for a person; {@code Ltd.}, {@code Inc.}, {@code S.A.} and the like for a business.
 */
public final class Names {
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:.!?*•·|_\\-–—\"“”„«»(\\[{<]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:!?*•·|_\\-–—\"“”„«»\\]}>]+$");
    private static final Set<String> PERSON_ABBREVIATIONS = Set.of("jr", "sr", "snr", "jnr");
    private static final Set<String> BUSINESS_ABBREVIATIONS = Set.of("ltd", "inc", "co", "corp", "pty", "llc", "plc",
            "lp", "llp", "bv", "nv", "sa", "ag", "kg", "sarl", "srl", "spa", "assn", "bros", "dept", "intl", "mfg");

    private Names() {
    }

    public static String person(String raw) {
        return fold(raw, true);
    }

    public static String organisation(String raw) {
        return fold(raw, false);
    }

    private static String fold(String raw, boolean person) {
        String name = PrintedText.fold(raw);
        String previous;
        do {
            previous = name;
            name = LEADING.matcher(name).replaceAll("");
            name = TRAILING.matcher(name).replaceAll("");
            name = closeBrackets(name);
            while (name.endsWith(".") && !fullStopBelongs(name, person)) {
                name = name.substring(0, name.length() - 1);
            }
        } while (!name.equals(previous));
        return name;
    }

    /** A closing bracket at the end stays when the name opened it: "Acme (UK)". */
    private static String closeBrackets(String name) {
        if (name.endsWith(")") && name.chars().filter(c -> c == '(').count() < name.chars().filter(c -> c == ')')
                .count()) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static boolean fullStopBelongs(String name, boolean person) {
        String withoutStop = name.substring(0, name.length() - 1);
        String lastWord = withoutStop.substring(withoutStop.lastIndexOf(' ') + 1);
        String key = lastWord.replace(".", "").toLowerCase(Locale.ROOT);
        if (key.isEmpty() || !lastWord.chars().allMatch(c -> Character.isLetter(c) || c == '.')) {
            return false;
        }
        if (person) {
            return key.length() == 1 || PERSON_ABBREVIATIONS.contains(key);
        }
        return lastWord.contains(".") || BUSINESS_ABBREVIATIONS.contains(key);
    }
}
