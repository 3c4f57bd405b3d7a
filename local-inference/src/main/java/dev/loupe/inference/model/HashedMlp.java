package dev.loupe.inference.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.List;

/**
 * The MLP Loupe trains, taking its hashed features sparsely: a row is the slots it sets and their values, and the
 * first layer sums those slots' rows of its table instead of multiplying the whole, mostly empty, vector. That is
 * the same function as a dense first linear layer (its weights are the table turned over, which is how the model
 * is exported to TorchScript) at a small fraction of the cost, so training takes seconds, not minutes.
 *
 * <p>Inputs: slot numbers {@code [rows, k]} (int64) and their values {@code [rows, k]} (float32), padded with slot 0
 * and value 0. Output: one logit per label.
 */
final class HashedMlp extends AbstractBlock {
    /** Part of every model version's name: weights of another architecture do not load into this one. */
    static final String ARCHITECTURE = "hashed-mlp-1";
    private static final byte VERSION = 1;
    static final String TABLE = "table_weight";
    static final String TABLE_BIAS = "table_bias";

    private final Parameter table;
    private final Parameter tableBias;
    private final SequentialBlock rest;
    private final int labels;
    private final int firstUnits;

    HashedMlp(int dimensions, int labels, List<Integer> hidden) {
        super(VERSION);
        if (hidden.isEmpty()) {
            throw new IllegalArgumentException("The hashed MLP needs at least one hidden layer.");
        }
        this.labels = labels;
        this.firstUnits = hidden.get(0);
        // About forty slots are set in a row: a small spread keeps their sum in the ReLU's useful range at first.
        table = addParameter(Parameter.builder().setName(TABLE).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(dimensions, firstUnits)).optInitializer(new NormalInitializer(0.05f)).build());
        tableBias = addParameter(Parameter.builder().setName(TABLE_BIAS).setType(Parameter.Type.BIAS)
                .optShape(new Shape(firstUnits)).build());
        SequentialBlock layers = new SequentialBlock();
        for (int units : hidden.subList(1, hidden.size())) {
            layers.add(Linear.builder().setUnits(units).build()).add(Activation.reluBlock());
        }
        layers.add(Linear.builder().setUnits(labels).build());
        rest = addChildBlock("rest", layers);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameters, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray slots = inputs.get(0);
        NDArray values = inputs.get(1);
        Device device = slots.getDevice();
        NDArray weights = parameters.getValue(table, device, training);
        NDArray bias = parameters.getValue(tableBias, device, training);
        // Started from the batch's own arrays, so every intermediate belongs to the batch and is freed with it.
        NDArray rowsOfTable = slots.getNDArrayInternal().embedding(slots, weights, SparseFormat.DENSE).singletonOrThrow();
        NDArray first = rowsOfTable.mul(values.expandDims(2)).sum(new int[] {1}).add(bias);
        return rest.forward(parameters, new NDList(Activation.relu(first)), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {new Shape(inputs[0].get(0), labels)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        rest.initialize(manager, dataType, new Shape(inputShapes[0].get(0), firstUnits));
    }
}
