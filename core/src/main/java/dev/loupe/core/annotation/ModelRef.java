package dev.loupe.core.annotation;

import java.util.Objects;

/**
 * The model that made an annotation, so that every suggestion a reviewer sees, and every decision about it, says
 * which version it came from.
 *
 * @param name    what the model is, e.g. {@code tesseract}, {@code doc-type}, {@code field-tagger}
 * @param version the version of that model, e.g. {@code synth-3f2a9c1e} or {@code 5.5.2/eng}
 */
public record ModelRef(String name, String version) {
    /** Not a model: a reviewer typed the value, picked its words or drew its region, or chose the type. */
    public static final ModelRef REVIEWER = new ModelRef("reviewer", "person");

    public ModelRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (name.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("A model needs a name and a version, got '" + name + "' '" + version + "'.");
        }
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
