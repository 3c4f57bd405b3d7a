package dev.loupe.inference.ocr;

/** OCR could not be set up (its data is missing or unreadable). The message says what to do. */
public class OcrException extends RuntimeException {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
