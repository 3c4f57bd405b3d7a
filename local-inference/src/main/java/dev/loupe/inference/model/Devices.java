package dev.loupe.inference.model;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * The PyTorch engine, set up the one way Loupe runs it: offline (its natives come from the jars on the class path,
 * nothing is downloaded) and with few threads, so inference never starves the reviewer's screen. The GPU is used
 * when the engine reports one (a CUDA build of libtorch, e.g. through {@code PYTORCH_LIBRARY_PATH}), else the CPU.
 */
public final class Devices {
    public static final String ENGINE = "PyTorch";

    private Devices() {
    }

    /** The engine, with Loupe's settings applied unless the command line set them already. */
    public static synchronized Engine engine() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        return Engine.getEngine(ENGINE);
    }

    /** The first GPU when the engine has one, else the CPU. */
    public static Device best() {
        Engine engine = engine();
        return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
