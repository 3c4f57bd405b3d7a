package dev.loupe.inference.model;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Trains an MLP on feature rows with DJL (softmax cross-entropy, Adam) and writes it, with its {@link ModelCard},
 * to a folder {@link DjlScorer#ownModel} loads. Deterministic: one seed sets the initial weights and the order of
 * examples, and the engine runs single-threaded.
 */
public final class MlpTrainer {
    private MlpTrainer() {
    }

    /**
     * Trains on {@code rows} with {@code labels[i]} the index, in {@code labelNames}, of row i's label, and writes the
     * model to {@code folder} with the card {@code card} describes, its version and dimensions filled in.
     */
    public static ModelCard train(List<SparseRow> rows, int[] labels, List<String> labelNames, TrainingPlan plan,
            ModelCard card, Path folder) {
        if (rows.size() != labels.length || rows.isEmpty()) {
            throw new IllegalArgumentException("Training needs one label per row and at least one row, got "
                    + rows.size() + " rows and " + labels.length + " labels.");
        }
        Engine engine = Devices.engine();
        engine.setRandomSeed((int) plan.seed());
        Device device = Devices.best();
        try (Model model = Model.newInstance(plan.name(), device, Devices.ENGINE)) {
            model.setBlock(MlpShape.block(plan.dimensions(), labelNames.size(), plan.hidden()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(plan.learningRate())).build())
                    .optDevices(new Device[] {device});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, 1), new Shape(1, 1));
                int[] order = new int[rows.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Random random = new Random(plan.seed());
                for (int epoch = 0; epoch < plan.epochs(); epoch++) {
                    shuffle(order, random);
                    for (int start = 0; start < order.length; start += plan.batchSize()) {
                        step(trainer, rows, labels, order, start, Math.min(order.length, start + plan.batchSize()));
                    }
                }
            }
            Files.createDirectories(folder);
            model.save(folder, plan.name());
            ModelCard written = new ModelCard(plan.name(), card.version(), labelNames, plan.dimensions(), plan.hidden(),
                    card.features(), card.metrics(), card.trainedOn());
            written.write(folder);
            return written;
        } catch (IOException e) {
            throw new ModelLoadException("The model " + plan.name() + " could not be written to " + folder + " ("
                    + e.getMessage() + "). Check free disk space and permissions.", e);
        }
    }

    private static void step(Trainer trainer, List<SparseRow> rows, int[] labels, int[] order, int from, int to) {
        try (NDManager batch = trainer.getManager().newSubManager()) {
            List<SparseRow> chosen = new java.util.ArrayList<>(to - from);
            float[] targets = new float[to - from];
            for (int i = from; i < to; i++) {
                chosen.add(rows.get(order[i]));
                targets[i - from] = labels[order[i]];
            }
            NDList x = RowsTranslator.sparse(batch, chosen);
            NDArray y = batch.create(targets);
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList predicted = trainer.forward(x);
                NDArray loss = trainer.getLoss().evaluate(new NDList(y), predicted);
                collector.backward(loss);
            }
            trainer.step();
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
