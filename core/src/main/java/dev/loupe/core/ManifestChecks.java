package dev.loupe.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The checks a model manifest and a stored model version share on metrics and labels, so the two agree. */
final class ManifestChecks {
    private static final int MAX_NAME_LENGTH = 64;

    private ManifestChecks() {
    }

    /** A copy sorted by name, so the same metrics always serialize and compare the same way. */
    static Map<String, Double> checked(Map<String, Double> metrics) {
        if (metrics == null) {
            throw new IllegalArgumentException("metrics are required: give the evaluation figures as"
                    + " {\"name\": number}, or {} when there are none.");
        }
        TreeMap<String, Double> sorted = new TreeMap<>();
        metrics.forEach((name, value) -> {
            if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException("A metric name must be 1 to " + MAX_NAME_LENGTH
                        + " characters, got '" + name + "'.");
            }
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("The metric '" + name + "' must be a number, got " + value + ".");
            }
            sorted.put(name, value);
        });
        return Collections.unmodifiableMap(sorted);
    }

    static List<String> checkedLabels(List<String> labels) {
        if (labels == null) {
            return List.of();
        }
        for (String label : labels) {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("labels must be non-empty strings; remove the empty one.");
            }
        }
        return List.copyOf(labels);
    }
}
