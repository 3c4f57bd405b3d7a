package dev.loupe.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.util.Utils;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorchScriptWriterTest {
    private static final double TOLERANCE = 1e-5;

    @TempDir
    Path dir;

    @Test
    void reluComesBetweenLayersButNotAfterTheLast() throws Exception {
        Path file = dir.resolve("known.pt");
        TorchScriptWriter.writeMlp(file, List.of(new float[][] {{1}, {-1}}, new float[][] {{1, -3}}),
                List.of(new float[] {0.5f, 0}, new float[] {0.25f}));
        // x = -2: hidden (-1.5, 2) becomes (0, 2), then 0 - 6 + 0.25; without the ReLU it would be -7.25.
        // x = 3: hidden (3.5, -3) becomes (3.5, 0), then 3.5 + 0.25.
        assertThat(run(file, new float[][] {{-2}, {3}})).containsExactly(-5.75f, 3.75f);
    }

    @Test
    void aTwoLayerMlpLoadsAsTorchScriptAndGivesTheLogitsJavaComputes() throws Exception {
        assertLibtorchAgreesWithJava(new Random(7), 6, 5, 3);
    }

    @Test
    void aThreeLayerMlpLoadsAsTorchScriptAndGivesTheLogitsJavaComputes() throws Exception {
        assertLibtorchAgreesWithJava(new Random(11), 8, 16, 7, 4);
    }

    @Test
    void aSingleLinearLayerIsAModelToo() throws Exception {
        assertLibtorchAgreesWithJava(new Random(3), 4, 2);
    }

    @Test
    void theEngineIsPyTorchRunningOfflineFromTheLocalNatives() {
        assertThat(Utils.isOfflineMode()).isTrue();
        assertThat(Engine.getDefaultEngineName()).isEqualTo("PyTorch");
        assertThat(Engine.getInstance().getEngineName()).isEqualTo("PyTorch");
        assertThat(Engine.getEngine("PyTorch").getVersion()).isEqualTo("2.7.1");
    }

    @Test
    void everyRecordLiesUnderOneFolderWithItsDataOn64ByteBoundaries() throws Exception {
        Path file = dir.resolve("aligned.pt");
        Random random = new Random(5);
        TorchScriptWriter.writeMlp(file, List.of(matrix(random, 3, 5), matrix(random, 2, 3)),
                List.of(vector(random, 3), vector(random, 2)));

        ByteBuffer zip = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        List<String> names = new ArrayList<>();
        int at = 0;
        while (zip.getInt(at) == 0x04034b50) {
            int size = zip.getInt(at + 18);
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 26));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 28));
            names.add(new String(zip.array(), at + 30, nameLength, StandardCharsets.UTF_8));
            int dataStart = at + 30 + nameLength + extraLength;
            assertThat(dataStart % 64).as(names.get(names.size() - 1)).isZero();
            at = dataStart + size;
        }
        assertThat(names).containsExactly("model/data.pkl", "model/code/__torch__.py", "model/constants.pkl",
                "model/data/0", "model/data/1", "model/data/2", "model/data/3", "model/version", "model/byteorder");
    }

    @Test
    void theSameWeightsGiveTheSameFile() throws Exception {
        Random random = new Random(9);
        List<float[][]> weights = List.<float[][]>of(matrix(random, 3, 4));
        List<float[]> biases = List.of(vector(random, 3));
        Path first = dir.resolve("first.pt");
        Path second = dir.resolve("second.pt");
        TorchScriptWriter.writeMlp(first, weights, biases);
        TorchScriptWriter.writeMlp(second, weights, biases);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("first.pt", "second.pt");
    }

    @Test
    void shapesThatDoNotMakeAnMlpAreRefusedWithASentence() {
        Random random = new Random(1);
        Path file = dir.resolve("refused.pt");
        assertThatThrownBy(() -> TorchScriptWriter.writeMlp(file,
                List.of(matrix(random, 4, 3), matrix(random, 2, 5)), List.of(vector(random, 4), vector(random, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Layer 2 takes 5 inputs but layer 1 gives 4 outputs;"
                        + " each layer must take as many inputs as the one before gives.");
        assertThatThrownBy(() -> TorchScriptWriter.writeMlp(file, List.<float[][]>of(matrix(random, 4, 3)),
                List.of(vector(random, 3))))
                .hasMessage("Layer 1 has 3 biases but 4 weight rows; it needs one bias per output.");
        assertThatThrownBy(() -> TorchScriptWriter.writeMlp(file, List.<float[][]>of(new float[][] {{1, 2}, {3}}),
                List.of(vector(random, 2))))
                .hasMessage("Layer 1's weight row 1 has 1 values but row 0 has 2;"
                        + " a weight matrix is [out][in] with every row the same length.");
        assertThatThrownBy(() -> TorchScriptWriter.writeMlp(file, List.<float[][]>of(matrix(random, 2, 2)), List.of()))
                .hasMessage("There are 1 weight matrices but 0 bias vectors; give one of each per layer.");
        assertThatThrownBy(() -> TorchScriptWriter.writeMlp(file, List.of(), List.of()))
                .hasMessage("An MLP needs at least one layer, but no weight matrices were given.");
        assertThat(file).doesNotExist();
    }

    private void assertLibtorchAgreesWithJava(Random random, int... widths) throws Exception {
        List<float[][]> weights = new ArrayList<>();
        List<float[]> biases = new ArrayList<>();
        for (int layer = 0; layer + 1 < widths.length; layer++) {
            weights.add(matrix(random, widths[layer + 1], widths[layer]));
            biases.add(vector(random, widths[layer + 1]));
        }
        float[][] batch = matrix(random, 5, widths[0]);
        Path file = dir.resolve("mlp" + (widths.length - 1) + ".pt");
        TorchScriptWriter.writeMlp(file, weights, biases);

        float[] actual = run(file, batch);
        int classes = widths[widths.length - 1];
        assertThat(actual).hasSize(batch.length * classes);
        for (int row = 0; row < batch.length; row++) {
            double[] expected = forward(weights, biases, batch[row]);
            for (int k = 0; k < classes; k++) {
                assertThat((double) actual[row * classes + k]).as("row %d logit %d", row, k)
                        .isCloseTo(expected[k], offset(TOLERANCE));
            }
        }
    }

    /** Loads the file as a user's TorchScript model (no block given) and returns the batch's logits, row by row. */
    private static float[] run(Path file, float[][] batch) throws Exception {
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(file)
                .optEngine("PyTorch")
                .build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = NDManager.newBaseManager("PyTorch")) {
            assertThat(model.getBlock()).isInstanceOf(PtSymbolBlock.class);
            NDArray logits = predictor.predict(new NDList(manager.create(batch))).singletonOrThrow();
            assertThat(logits.getShape().get(0)).isEqualTo(batch.length);
            return logits.toFloatArray();
        }
    }

    /** The same maths in Java: Linear, then ReLU before every layer but the first. */
    private static double[] forward(List<float[][]> weights, List<float[]> biases, float[] input) {
        double[] x = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            x[i] = input[i];
        }
        for (int layer = 0; layer < weights.size(); layer++) {
            if (layer > 0) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.max(0, x[i]);
                }
            }
            float[][] w = weights.get(layer);
            double[] y = new double[w.length];
            for (int o = 0; o < w.length; o++) {
                y[o] = biases.get(layer)[o];
                for (int i = 0; i < x.length; i++) {
                    y[o] += w[o][i] * x[i];
                }
            }
            x = y;
        }
        return x;
    }

    private static float[][] matrix(Random random, int rows, int columns) {
        float[][] m = new float[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = vector(random, columns);
        }
        return m;
    }

    private static float[] vector(Random random, int length) {
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            v[i] = random.nextFloat() * 2 - 1;
        }
        return v;
    }
}
