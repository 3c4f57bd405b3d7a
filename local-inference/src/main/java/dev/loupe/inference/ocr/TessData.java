package dev.loupe.inference.ocr;

import dev.loupe.core.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Where Tesseract's language data is: a folder the user names, or else the English LSTM data Loupe carries on its
 * class path (from the tess4j jar, a Maven artifact), copied once into the user's cache, since Tesseract reads its
 * data from files.
 *
 * @param folder    the folder that holds {@code LANG.traineddata} for each language
 * @param languages Tesseract's language string, e.g. {@code eng} or {@code eng+deu}
 * @param version   names the data, for the model reference on every word: the languages and a hash of the files
 */
public record TessData(Path folder, String languages, String version) {
    private static final String BUNDLED = "/tessdata/eng.traineddata";

    /**
     * @param folder    a folder of traineddata files; empty for the data Loupe carries (English only)
     * @param languages e.g. {@code eng} or {@code eng+deu}
     * @param cache     where the carried data is copied to
     */
    public static TessData find(Optional<Path> folder, String languages, Path cache) {
        if (languages == null || !languages.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
            throw new OcrException("'" + languages + "' is not a list of Tesseract languages; write them like eng or "
                    + "eng+deu.");
        }
        Path dir = folder.orElseGet(() -> bundled(cache, languages));
        if (!Files.isDirectory(dir)) {
            throw new OcrException("The OCR data folder " + dir + " does not exist. Point the setting at the folder "
                    + "that holds the LANG.traineddata files (Debian's tesseract-ocr-LANG packages put them in "
                    + "/usr/share/tesseract-ocr/5/tessdata/).");
        }
        MessageDigest digest = Sha256.newDigest();
        for (String language : languages.split("\\+")) {
            Path file = dir.resolve(language + ".traineddata");
            if (!Files.isRegularFile(file)) {
                throw new OcrException("There is no OCR data for the language '" + language + "': " + file
                        + " is missing. Add it (Debian: apt-get install tesseract-ocr-" + language
                        + ", in /usr/share/tesseract-ocr/5/tessdata/) and point the setting at that folder.");
            }
            try {
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new OcrException("The OCR data " + file + " could not be read (" + e.getMessage() + ").", e);
            }
        }
        return new TessData(dir, languages, languages + "/" + Sha256.hex(digest).substring(0, 8));
    }

    private static Path bundled(Path cache, String languages) {
        if (!languages.equals("eng")) {
            throw new OcrException("Loupe carries OCR data for English (eng) only; for '" + languages + "', point "
                    + "the tessdata setting at a folder that holds those languages' traineddata files.");
        }
        byte[] data;
        try (InputStream in = TessData.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new OcrException("The English OCR data is missing from Loupe's class path (tess4j's "
                        + BUNDLED + "). Rebuild Loupe, or point the tessdata setting at a folder of traineddata files.");
            }
            data = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The English OCR data could not be read from the class path.", e);
        }
        Path dir = cache.resolve(Sha256.of(data).substring(0, 12));
        Path file = dir.resolve("eng.traineddata");
        if (Files.isRegularFile(file)) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, ".eng-", ".part");
            Files.write(part, data);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The English OCR data could not be copied to " + dir + " ("
                    + e.getMessage() + "). Check free disk space and permissions.", e);
        }
        return dir;
    }

    /** The cache folder for carried data: {@code $XDG_CACHE_HOME/loupe/tessdata}, else ~/.cache/loupe/tessdata. */
    public static Path userCache() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"),
                ".cache");
        return base.resolve("loupe").resolve("tessdata");
    }
}
