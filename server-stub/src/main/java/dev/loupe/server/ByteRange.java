package dev.loupe.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a file a {@code Range} header asks for (RFC 9110 §14), so a video player can seek without
 * downloading what comes before.
 *
 * @param first the first byte, counted from 0
 * @param last  the last byte, inclusive
 * @param size  the length of the whole file
 */
record ByteRange(long first, long last, long size) {
    private static final Pattern SINGLE = Pattern.compile("bytes\\s*=\\s*(\\d{0,18})\\s*-\\s*(\\d{0,18})\\s*");

    /**
     * The one range asked for, clipped to the file. Empty when there is no header or it is not a single byte
     * range (a list of ranges, another unit, bad syntax): then the whole file is the answer, as the RFC allows.
     */
    static Optional<ByteRange> requested(Optional<String> header, long size) {
        Matcher range = SINGLE.matcher(header.orElse(""));
        if (!range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (range.group(1).isEmpty()) {
            long suffix = Long.parseLong(range.group(2));
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, size));
        }
        long first = Long.parseLong(range.group(1));
        if (range.group(2).isEmpty()) {
            return Optional.of(new ByteRange(first, size - 1, size));
        }
        long last = Long.parseLong(range.group(2));
        return last < first ? Optional.empty() : Optional.of(new ByteRange(first, Math.min(last, size - 1), size));
    }

    /** Whether any of the range lies in the file; {@code bytes=-0} and ranges past the end do not. */
    boolean satisfiable() {
        return first < size && first <= last;
    }

    long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of a 206 answer, e.g. {@code bytes 0-499/1234}. */
    String contentRange() {
        return "bytes " + first + "-" + last + "/" + size;
    }
}
