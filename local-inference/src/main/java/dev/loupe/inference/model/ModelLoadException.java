package dev.loupe.inference.model;

/** A model could not be loaded or trained. The message says which, why, and what to do. */
public class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    public ModelLoadException(String message) {
        super(message);
    }
}
