package dev.loupe.inference.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.List;

/** Feature rows in, one probability per label out: the batch is made here, and the softmax applied to the logits. */
final class RowsTranslator implements Translator<List<SparseRow>, float[][]> {
    private final int dimensions;
    private final int labels;

    RowsTranslator(int dimensions, int labels) {
        this.dimensions = dimensions;
        this.labels = labels;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<SparseRow> rows) {
        return new NDList(dense(ctx.getNDManager(), rows, dimensions));
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
