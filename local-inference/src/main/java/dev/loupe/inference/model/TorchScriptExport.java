package dev.loupe.inference.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of Loupe's own models written as TorchScript with its label map, so that another orchestrator, or a person
 * with PyTorch, can run, inspect or fine-tune it, and hand it back through the "user's TorchScript model" setting.
 */
public final class TorchScriptExport {
    private TorchScriptExport() {
    }

    /** Writes {@code NAME.pt} and {@code NAME.labels} (one label per line) into {@code folder}; returns the model. */
    public static Path export(Path modelFolder, Path folder) throws IOException {
        ModelCard card = ModelCard.read(modelFolder);
        List<float[][]> weights = new ArrayList<>();
        List<float[]> biases = new ArrayList<>();
        try (Model model = Model.newInstance(card.name(), ai.djl.Device.cpu(), Devices.ENGINE)) {
            model.setBlock(MlpShape.block(card.dimensions(), card.labels().size(), card.hidden()));
            model.load(modelFolder, card.name());
            for (Pair<String, Parameter> parameter : model.getBlock().getParameters()) {
                NDArray array = parameter.getValue().getArray();
                if (parameter.getKey().endsWith(HashedMlp.TABLE)) {
                    // The sparse first layer's table is a dense linear layer's weights turned over.
                    weights.add(matrix(array.transpose()));
                } else if (parameter.getKey().endsWith("weight")) {
                    weights.add(matrix(array));
                } else if (parameter.getKey().endsWith("bias")) {
                    biases.add(array.toFloatArray());
                }
            }
        } catch (MalformedModelException e) {
            throw new IOException("The model in " + modelFolder + " could not be read (" + e.getMessage() + ").", e);
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(card.name() + ".pt");
        TorchScriptWriter.writeMlp(file, weights, biases);
        Files.write(folder.resolve(card.name() + ".labels"), (String.join("\n", card.labels()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static float[][] matrix(NDArray array) {
        long[] shape = array.getShape().getShape();
        float[] flat = array.toFloatArray();
        float[][] rows = new float[(int) shape[0]][(int) shape[1]];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(flat, r * rows[r].length, rows[r], 0, rows[r].length);
        }
        return rows;
    }

    /** A label map as {@link #export} writes it: one label per line, blank lines ignored. */
    public static List<String> readLabels(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
