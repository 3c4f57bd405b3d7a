package dev.loupe.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set (VmHWM), which counts native memory (PyTorch, Tesseract) as well as the heap. */
final class PeakMemory {
    private PeakMemory() {
    }

    /** In MiB; -1 where the system does not say (only Linux's /proc is read). */
    static long residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
