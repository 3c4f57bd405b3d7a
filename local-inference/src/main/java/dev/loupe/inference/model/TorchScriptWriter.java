package dev.loupe.inference.model;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an MLP as a TorchScript archive, the {@code .pt} file that {@code torch.jit.save} makes and
 * {@code torch::jit::load} (and so DJL's PyTorch engine, with no block) reads.
 *
 * <p>The model is Linear layers with ReLU between them and none after the last: input
 * {@code [batch, in]} float32, output {@code [batch, classes]} logits. The archive holds what
 * libtorch 2.7's importer looks for, and nothing else:
 *
 * <pre>
 * model/data.pkl            the module object: __torch__.Mlp with its attributes (pickle 2)
 * model/code/__torch__.py   the class in TorchScript source, compiled at load
 * model/constants.pkl       the constants table, an empty tuple
 * model/data/0, 1, ...      raw little-endian float32 storages, one per tensor
 * model/version             the archive format version
 * model/byteorder           "little"
 * </pre>
 */
public final class TorchScriptWriter {
    /** The folder every record lies under; the reader takes it from the first entry, any name will do. */
    private static final String FOLDER = "model/";
    private static final String CLASS_NAME = "Mlp";
    /**
     * 3 is what torch.jit.save writes when no operator used has an upgrader (linear and relu have
     * none), and the lowest it writes, so older libtorch reads the file too; 2.7 reads 1 to 10.
     */
    private static final String FORMAT_VERSION = "3\n";
    /** PyTorch aligns every record's data to 64 bytes so that tensors can be memory-mapped in place. */
    private static final int ALIGNMENT = 64;
    private static final int LOCAL_HEADER_SIZE = 30;
    private static final int EXTRA_HEADER_SIZE = 4;
    /**
     * A fixed time keeps the file the same for the same weights. Not 1980-01-01, which Java reads as
     * "before 1980" and so writes with an extra timestamp field that would upset the padding.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private TorchScriptWriter() {
    }

    /**
     * Writes the MLP to {@code file}, replacing it only once the whole archive is written.
     *
     * @param weights one {@code [out][in]} matrix per layer, as {@code torch.nn.Linear.weight}
     * @param biases one {@code [out]} vector per layer
     * @throws IllegalArgumentException with a sentence, when the shapes do not make an MLP
     */
    public static void writeMlp(Path file, List<float[][]> weights, List<float[]> biases) throws IOException {
        checkShapes(weights, biases);
        List<byte[]> storages = new ArrayList<>();
        for (int layer = 0; layer < weights.size(); layer++) {
            storages.add(littleEndian(weights.get(layer)));
            storages.add(littleEndian(new float[][] {biases.get(layer)}));
        }
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".partial");
        try {
            PositionStream position = new PositionStream(new BufferedOutputStream(Files.newOutputStream(partial)));
            try (ZipOutputStream zip = new ZipOutputStream(position)) {
                Records records = new Records(zip, position);
                records.add("data.pkl", modulePickle(weights));
                records.add("code/__torch__.py", source(weights.size()).getBytes(StandardCharsets.UTF_8));
                records.add("constants.pkl", new Pickler().emptyTuple().stop());
                for (int key = 0; key < storages.size(); key++) {
                    records.add("data/" + key, storages.get(key));
                }
                records.add("version", FORMAT_VERSION.getBytes(StandardCharsets.US_ASCII));
                records.add("byteorder", "little".getBytes(StandardCharsets.US_ASCII));
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void checkShapes(List<float[][]> weights, List<float[]> biases) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("An MLP needs at least one layer, but no weight matrices were given.");
        }
        if (weights.size() != biases.size()) {
            throw new IllegalArgumentException("There are " + weights.size() + " weight matrices but " + biases.size()
                    + " bias vectors; give one of each per layer.");
        }
        int previousOut = -1;
        for (int layer = 0; layer < weights.size(); layer++) {
            String name = "Layer " + (layer + 1);
            float[][] w = weights.get(layer);
            float[] b = biases.get(layer);
            if (w == null || b == null) {
                throw new IllegalArgumentException(name + " has no " + (w == null ? "weight matrix" : "bias vector")
                        + "; give one of each per layer.");
            }
            if (w.length == 0 || w[0] == null || w[0].length == 0) {
                throw new IllegalArgumentException(name + "'s weight matrix is empty; it needs at least one output row"
                        + " and one input column.");
            }
            int in = w[0].length;
            for (int row = 1; row < w.length; row++) {
                if (w[row] == null || w[row].length != in) {
                    throw new IllegalArgumentException(name + "'s weight row " + row + " has "
                            + (w[row] == null ? 0 : w[row].length) + " values but row 0 has " + in
                            + "; a weight matrix is [out][in] with every row the same length.");
                }
            }
            if (b.length != w.length) {
                throw new IllegalArgumentException(name + " has " + b.length + " biases but " + w.length
                        + " weight rows; it needs one bias per output.");
            }
            if (previousOut >= 0 && in != previousOut) {
                throw new IllegalArgumentException(name + " takes " + in + " inputs but layer " + layer + " gives "
                        + previousOut + " outputs; each layer must take as many inputs as the one before gives.");
            }
            previousOut = w.length;
        }
    }

    /**
     * The module object as torch's pickler writes it: GLOBAL class, NEWOBJ, then BUILD with a dict of
     * every attribute the class declares; libtorch's loader looks each declared attribute up by name.
     */
    private static byte[] modulePickle(List<float[][]> weights) {
        Pickler pickle = new Pickler().global("__torch__", CLASS_NAME).emptyTuple().newObject().emptyDict().mark();
        int key = 0; // storages are numbered in the order writeMlp stores them: w0, b0, w1, b1, ...
        for (int layer = 0; layer < weights.size(); layer++) {
            int out = weights.get(layer).length;
            int in = weights.get(layer)[0].length;
            tensor(pickle.string("w" + layer), key++, new long[] {out, in}, new long[] {in, 1});
            tensor(pickle.string("b" + layer), key++, new long[] {out}, new long[] {1});
        }
        return pickle.string("training").bool(false).setItems().build().stop();
    }

    /**
     * A contiguous float32 CPU tensor, as {@code torch._utils._rebuild_tensor_v2(storage, offset, size,
     * stride, requires_grad, backward_hooks)}. The storage is a persistent id
     * {@code ('storage', torch.FloatStorage, key, 'cpu', numel)} that libtorch reads from {@code data/<key>}.
     * Backward hooks must be an {@code OrderedDict()} call, which libtorch reads and drops.
     */
    private static void tensor(Pickler pickle, int key, long[] size, long[] stride) {
        long numel = 1;
        for (long dimension : size) {
            numel *= dimension;
        }
        pickle.global("torch._utils", "_rebuild_tensor_v2").mark()
                .mark().string("storage").global("torch", "FloatStorage").string(Integer.toString(key)).string("cpu")
                .integer(numel).tuple().persistentId()
                .integer(0);
        longTuple(pickle, size);
        longTuple(pickle, stride);
        pickle.bool(true) // parameters require grad, as in a module torch saved, so it can be trained further
                .global("collections", "OrderedDict").emptyTuple().reduce()
                .tuple().reduce();
    }

    private static void longTuple(Pickler pickle, long[] values) {
        pickle.mark();
        for (long value : values) {
            pickle.integer(value);
        }
        pickle.tuple();
    }

    /**
     * The class in the TorchScript subset of Python, as torch's code printer writes it: {@code __parameters__}
     * marks which attributes are parameters, {@code training} is the attribute every module has (DJL's
     * load calls {@code eval()}, which sets it), and {@code torch.*} resolves to the {@code aten::} operators.
     */
    private static String source(int layers) {
        StringBuilder code = new StringBuilder("class " + CLASS_NAME + "(Module):\n");
        List<String> names = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            names.add("\"w" + layer + "\"");
            names.add("\"b" + layer + "\"");
        }
        code.append("  __parameters__ = [").append(String.join(", ", names)).append("]\n");
        code.append("  __buffers__ = []\n");
        for (int layer = 0; layer < layers; layer++) {
            code.append("  w").append(layer).append(" : Tensor\n");
            code.append("  b").append(layer).append(" : Tensor\n");
        }
        code.append("  training : bool\n");
        code.append("  def forward(self: __torch__.").append(CLASS_NAME).append(", x: Tensor) -> Tensor:\n");
        String input = "x";
        for (int layer = 0; layer < layers - 1; layer++) {
            code.append("    h").append(layer).append(" = torch.relu(").append(linear(input, layer)).append(")\n");
            input = "h" + layer;
        }
        code.append("    return ").append(linear(input, layers - 1)).append("\n");
        return code.toString();
    }

    private static String linear(String input, int layer) {
        return "torch.linear(" + input + ", self.w" + layer + ", self.b" + layer + ")";
    }

    private static byte[] littleEndian(float[][] rows) {
        int count = 0;
        for (float[] row : rows) {
            count += row.length;
        }
        ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(count, Float.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = bytes.asFloatBuffer();
        for (float[] row : rows) {
            floats.put(row);
        }
        return bytes.array();
    }

    /** Stored (uncompressed) zip records whose data start on 64-byte boundaries, as PyTorch's writer pads them. */
    private static final class Records {
        private final ZipOutputStream zip;
        private final PositionStream position;

        Records(ZipOutputStream zip, PositionStream position) {
            this.zip = zip;
            this.position = position;
        }

        void add(String name, byte[] data) throws IOException {
            String fullName = FOLDER + name;
            CRC32 crc = new CRC32();
            crc.update(data);
            ZipEntry entry = new ZipEntry(fullName);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            entry.setCrc(crc.getValue());
            entry.setTimeLocal(ENTRY_TIME);
            entry.setExtra(padding(fullName.getBytes(StandardCharsets.UTF_8).length));
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }

        /**
         * An extra field with PyTorch's id "FB" whose filler moves the data to the next boundary; zip
         * readers skip extra fields they do not know.
         */
        private byte[] padding(int nameLength) {
            long dataStart = position.position() + LOCAL_HEADER_SIZE + nameLength + EXTRA_HEADER_SIZE;
            int filler = (int) ((ALIGNMENT - dataStart % ALIGNMENT) % ALIGNMENT);
            byte[] extra = new byte[EXTRA_HEADER_SIZE + filler];
            extra[0] = 'F';
            extra[1] = 'B';
            extra[2] = (byte) filler;
            extra[3] = (byte) (filler >>> 8);
            Arrays.fill(extra, EXTRA_HEADER_SIZE, extra.length, (byte) 'Z');
            return extra;
        }
    }

    /** Counts the bytes the zip stream has written, so that the next local header's place is known. */
    private static final class PositionStream extends FilterOutputStream {
        private long position;

        PositionStream(OutputStream out) {
            super(out);
        }

        long position() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            position += len;
        }
    }
}
