package dev.loupe.core;

import java.util.Objects;

/**
 * Which version of a task's model workstations should use from now on.
 *
 * @param version a version already in the registry for the task
 */
public record ModelSelection(String version) {
    public ModelSelection {
        Objects.requireNonNull(version, "version");
    }
}
