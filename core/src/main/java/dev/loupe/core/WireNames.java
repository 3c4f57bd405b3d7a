package dev.loupe.core;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses the lower-case names our enums use on the wire, with an error that lists what is allowed. */
final class WireNames {
    private WireNames() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, Function<E, String> wire) {
        for (E constant : type.getEnumConstants()) {
            if (wire.apply(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(wire).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "'" + value + "' is not a known " + type.getSimpleName() + "; use one of: " + allowed + ".");
    }
}
