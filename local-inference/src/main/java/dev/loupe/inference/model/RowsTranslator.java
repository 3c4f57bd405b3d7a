package dev.loupe.inference.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.List;

/**
 * Feature rows in, one probability per label out: the batch is made here, sparse for Loupe's own models and dense
 * for a user's TorchScript model, and the softmax applied to the logits.
 */
final class RowsTranslator implements Translator<List<SparseRow>, float[][]> {
    private final int dimensions;
    private final int labels;
    private final boolean sparse;

    RowsTranslator(int dimensions, int labels, boolean sparse) {
        this.dimensions = dimensions;
        this.labels = labels;
        this.sparse = sparse;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<SparseRow> rows) {
        return sparse ? sparse(ctx.getNDManager(), rows) : new NDList(dense(ctx.getNDManager(), rows, dimensions));
    }

    /** Slots and values, each {@code [rows, k]} with k the longest row, padded with slot 0 and value 0. */
    static NDList sparse(ai.djl.ndarray.NDManager manager, List<SparseRow> rows) {
        int width = 1;
        for (SparseRow row : rows) {
            width = Math.max(width, row.slots().length);
        }
        long[] slots = new long[rows.size() * width];
        float[] values = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            SparseRow row = rows.get(i);
            for (int j = 0; j < row.slots().length; j++) {
                slots[i * width + j] = row.slots()[j];
                values[i * width + j] = row.values()[j];
            }
        }
        Shape shape = new Shape(rows.size(), width);
        return new NDList(manager.create(slots, shape), manager.create(values, shape));
    }

    static NDArray dense(ai.djl.ndarray.NDManager manager, List<SparseRow> rows, int dimensions) {
        float[] batch = new float[rows.size() * dimensions];
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).scatter(batch, i * dimensions);
        }
        return manager.create(batch, new Shape(rows.size(), dimensions));
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
        NDArray logits = list.singletonOrThrow();
        long[] shape = logits.getShape().getShape();
        if (shape.length != 2 || shape[1] != labels) {
            throw new IllegalStateException("The model answered with shape " + logits.getShape() + " where [rows, "
                    + labels + "] was expected; its label map must list one label per output.");
        }
        float[] flat = logits.softmax(1).toFloatArray();
        float[][] probabilities = new float[(int) shape[0]][labels];
        for (int i = 0; i < probabilities.length; i++) {
            System.arraycopy(flat, i * labels, probabilities[i], 0, labels);
        }
        return probabilities;
    }

    @Override
    public Batchifier getBatchifier() {
        return null;
    }
}
