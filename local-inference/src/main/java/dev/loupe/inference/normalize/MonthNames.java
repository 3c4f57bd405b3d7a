package dev.loupe.inference.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Month names and their printed abbreviations in English, German, French, Dutch and Spanish. */
final class MonthNames {
    private static final String[][] NAMES = {
        {"january", "jan", "januar", "janv", "janvier", "januari", "enero", "ene"},
        {"february", "feb", "febr", "februar", "fevr", "fev", "fevrier", "februari", "febrero"},
        {"march", "mar", "marz", "maerz", "mrz", "mars", "maart", "mrt", "marzo"},
        {"april", "apr", "avr", "avril", "abril", "abr"},
        {"may", "mai", "mei", "mayo"},
        {"june", "jun", "juni", "juin", "junio"},
        {"july", "jul", "juli", "juil", "juillet", "julio"},
        {"august", "aug", "aout", "augustus", "agosto", "ago"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
        {"october", "oct", "okt", "oktober", "octobre", "octubre"},
        {"november", "nov", "novembre", "noviembre"},
        {"december", "dec", "dez", "dezember", "decembre", "diciembre", "dic"},
    };
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (int month = 0; month < NAMES.length; month++) {
            for (String name : NAMES[month]) {
                MONTHS.put(name, month + 1);
            }
        }
    }

    private MonthNames() {
    }

    /** The month (1 to 12) a word names, in any case, with or without accents; OCR digits in it are read as letters. */
    static Optional<Integer> find(String word) {
        String key = PrintedText.key(word);
        Integer month = MONTHS.get(key);
        if (month == null && key.chars().anyMatch(c -> OcrConfusions.isDigit((char) c))) {
            // "0ct", "Ju1y", "Apr1l": the one digit OCR gives for l and i could be either.
            String asLetters = key.replace('0', 'o').replace('5', 's').replace('8', 'b');
            month = MONTHS.get(asLetters.replace('1', 'l'));
            if (month == null) {
                month = MONTHS.get(asLetters.replace('1', 'i'));
            }
        }
        return Optional.ofNullable(month);
    }
}
