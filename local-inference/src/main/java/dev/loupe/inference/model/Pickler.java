package dev.loupe.inference.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes Python pickle protocol 2, limited to the opcodes that libtorch's own unpickler
 * ({@code torch/csrc/jit/serialization/unpickler.cpp}) reads: it rejects every other protocol and
 * knows no SHORT_BINUNICODE or FRAME, so nothing newer than protocol 2 may appear here.
 */
final class Pickler {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Pickler() {
        out.write(0x80); // PROTO
        out.write(2);
    }

    /** GLOBAL: the unpickler resolves {@code module.name} as a class, a torch function or a dtype. */
    Pickler global(String module, String name) {
        out.write('c');
        out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** BINUNICODE: a UTF-8 string with a 4-byte length. */
    Pickler string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.write('X');
        writeLittleEndian(utf8.length, 4);
        out.writeBytes(utf8);
        return this;
    }

    /** The smallest integer opcode that holds the value; LONG1 only with 8 bytes, the one length libtorch reads. */
    Pickler integer(long value) {
        if (value >= 0 && value < 1 << 8) {
            out.write('K'); // BININT1
            out.write((int) value);
        } else if (value >= 0 && value < 1 << 16) {
            out.write('M'); // BININT2
            writeLittleEndian(value, 2);
        } else if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            out.write('J'); // BININT
            writeLittleEndian(value, 4);
        } else {
            out.write(0x8a); // LONG1
            out.write(8);
            writeLittleEndian(value, 8);
        }
        return this;
    }

    Pickler bool(boolean value) {
        out.write(value ? 0x88 : 0x89); // NEWTRUE, NEWFALSE
        return this;
    }

    Pickler mark() {
        out.write('(');
        return this;
    }

    /** TUPLE: everything since the last mark. */
    Pickler tuple() {
        out.write('t');
        return this;
    }

    Pickler emptyTuple() {
        out.write(')');
        return this;
    }

    Pickler emptyDict() {
        out.write('}');
        return this;
    }

    /** SETITEMS: the key-value pairs since the last mark go into the dict below the mark. */
    Pickler setItems() {
        out.write('u');
        return this;
    }

    Pickler newObject() {
        out.write(0x81); // NEWOBJ
        return this;
    }

    /** BUILD: for libtorch, gives the state dict to the class's object loader. */
    Pickler build() {
        out.write('b');
        return this;
    }

    /** REDUCE: calls the global below the argument tuple. */
    Pickler reduce() {
        out.write('R');
        return this;
    }

    /** BINPERSID: the tuple on the stack names a storage record of the archive. */
    Pickler persistentId() {
        out.write('Q');
        return this;
    }

    /** Ends the pickle with STOP and returns its bytes. */
    byte[] stop() {
        out.write('.');
        return out.toByteArray();
    }

    private void writeLittleEndian(long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
