package dev.loupe.inference.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.translate.TranslateException;
import dev.loupe.core.annotation.ModelRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A DJL model on the PyTorch engine scoring feature rows: either one of Loupe's own MLPs, loaded from the folder
 * its trainer wrote, or a user's TorchScript file with a label map. Predictors are not thread-safe, so each call
 * borrows one from a small pool.
 */
public final class DjlScorer implements Scorer {
    private static final int PREDICTORS = 2;

    private final Model model;
    private final ModelRef ref;
    private final List<String> labels;
    private final int dimensions;
    private final BlockingQueue<Predictor<List<SparseRow>, float[][]>> predictors;

    private DjlScorer(Model model, ModelRef ref, List<String> labels, int dimensions, boolean sparse) {
        this.model = model;
        this.ref = ref;
        this.labels = List.copyOf(labels);
        this.dimensions = dimensions;
        this.predictors = new ArrayBlockingQueue<>(PREDICTORS);
        for (int i = 0; i < PREDICTORS; i++) {
            predictors.add(model.newPredictor(new RowsTranslator(dimensions, labels.size(), sparse)));
        }
    }

    /** Loads a model Loupe trained, from the folder holding its {@code model.json} and weights. */
    public static DjlScorer ownModel(Path folder) {
        ModelCard card;
        try {
            card = ModelCard.read(folder);
        } catch (IOException e) {
            throw new ModelLoadException("The model in " + folder + " has no readable " + ModelCard.FILE + " ("
                    + e.getMessage() + "). Delete the folder so that it is trained again.", e);
        }
        Model model = Model.newInstance(card.name(), Devices.best(), Devices.ENGINE);
        try {
            model.setBlock(MlpShape.block(card.dimensions(), card.labels().size(), card.hidden()));
            model.load(folder, card.name());
            return new DjlScorer(model, card.ref(), card.labels(), card.dimensions(), true);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new ModelLoadException("The model " + card.ref() + " in " + folder + " could not be loaded ("
                    + e.getMessage() + "). Delete the folder so that it is trained again.", e);
        }
    }

    /**
     * Loads a user's TorchScript model: its input is a {@code [rows, dimensions]} float tensor of Loupe's features
     * for this task, its output {@code [rows, labels]} logits in the order of {@code labels}.
     */
    public static DjlScorer torchScript(String name, Path file, List<String> labels, int dimensions) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException("The TorchScript model " + file + " does not exist. Check the path in the "
                    + "setting, or remove the setting to use Loupe's own model.");
        }
        if (labels.isEmpty()) {
            throw new ModelLoadException("The label map for " + file + " lists no labels; give one label per model "
                    + "output, in order.");
        }
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(file)
                .optEngine(Devices.ENGINE)
                .optDevice(Devices.best())
                .build();
        try {
            Devices.engine();
            Model model = criteria.loadModel();
            String version = "user-" + Sha256Prefix.of(file);
            return new DjlScorer(model, new ModelRef(name, version), labels, dimensions, false);
        } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
            throw new ModelLoadException("The TorchScript model " + file + " could not be loaded (" + e.getMessage()
                    + "). Check that it is a TorchScript file saved with torch.jit.save.", e);
        }
    }

    @Override
    public ModelRef model() {
        return ref;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[][] probabilities(List<SparseRow> rows) {
        if (rows.isEmpty()) {
            return new float[0][];
        }
        Predictor<List<SparseRow>, float[][]> predictor = borrow();
        try {
            return predictor.predict(rows);
        } catch (TranslateException e) {
            throw new IllegalStateException("The model " + ref + " failed on " + rows.size() + " rows: "
                    + e.getMessage(), e);
        } finally {
            predictors.add(predictor);
        }
    }

    private Predictor<List<SparseRow>, float[][]> borrow() {
        try {
            return predictors.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the model " + ref + ".", e);
        }
    }

    @Override
    public void close() {
        predictors.forEach(Predictor::close);
        model.close();
    }
}
