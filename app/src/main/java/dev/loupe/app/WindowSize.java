package dev.loupe.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A window size given as {@code WIDTHxHEIGHT}. */
record WindowSize(int width, int height) {
    WindowSize {
        if (width < 640 || height < 480 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException(
                    "The window must be between 640x480 and 10000x10000 pixels, got " + width + "x" + height + ".");
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }

    static final class Converter implements ITypeConverter<WindowSize> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,5})\\s*x\\s*(\\d{1,5})");

        @Override
        public WindowSize convert(String value) {
            Matcher size = SIZE.matcher(value.strip().toLowerCase());
            if (!size.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size; write it as WIDTHxHEIGHT, e.g. 1440x900.");
            }
            try {
                return new WindowSize(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
