package dev.loupe.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.net.httpserver.HttpExchange;
import dev.loupe.core.Identity;
import dev.loupe.core.json.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** One HTTP request on its way through a handler: what was asked, who asked, and the one answer it gets. */
final class Call {
    static final int MAX_JSON_BYTES = 1024 * 1024;
    private static final long DISCARD_BYTES = 16L * 1024 * 1024;
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final int STREAM_BUFFER_BYTES = 64 * 1024;

    private final HttpExchange exchange;
    private final Map<String, String> pathParams;
    private final Identity identity;
    private Map<String, String> query;

    Call(HttpExchange exchange, Map<String, String> pathParams, Identity identity) {
        this.exchange = exchange;
        this.pathParams = pathParams;
        this.identity = identity;
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The caller; only {@code null} on routes open to everyone. */
    Identity identity() {
        return identity;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** The body's length as the client declared it; empty for a chunked body, whose length shows only as it arrives. */
    OptionalLong contentLength() {
        String declared = header("Content-Length").map(String::strip).orElse("");
        return declared.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(declared)) : OptionalLong.empty();
    }

    /** The raw body, for a handler that streams it itself, such as an upload. */
    InputStream body() {
        return exchange.getRequestBody();
    }

    /** Reads and drops the rest of a body being refused (up to a bound), so the client reads the answer. */
    void discardBody() throws IOException {
        discard(exchange.getRequestBody());
    }

    void responseHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    Optional<String> query(String name) {
        if (query == null) {
            query = parseQuery(exchange.getRequestURI().getRawQuery());
        }
        return Optional.ofNullable(query.get(name));
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid-parameter",
                        "The query string is not correctly percent-encoded. Encode it and send the request again.");
            }
        }
        return params;
    }

    /** Reads the body as JSON of {@code type}, refusing bodies over 1 MiB before they are read whole. */
    <T> T readJson(Class<T> type) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_JSON_BYTES + 1);
            if (body.length > MAX_JSON_BYTES) {
                discard(in);
                throw new ApiException(413, "body-too-large", "The request body is larger than 1 MiB, the most this"
                        + " server reads as JSON. Send a smaller body.");
            }
        }
        String what = type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            throw ApiException.badRequest("invalid-json",
                    "The request has no body; send the " + what + " as JSON with Content-Type: application/json.");
        }
        ObjectReader reader = Json.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            return reader.readValue(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid-json",
                    "The request body is not a valid " + what + ": " + describe(e) + ". Fix it and send it again.");
        }
    }

    /**
     * Reads and drops the rest of a refused body, up to a bound, so the client is not cut off mid-send and reads
     * the refusal; a body past the bound is cut off with the connection.
     */
    static void discard(InputStream in) throws IOException {
        // read, not skip: HttpServer's body stream passes skip to the socket, past the end of this body
        byte[] sink = new byte[8192];
        long left = DISCARD_BYTES;
        int read;
        while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= read;
        }
    }

    /** Jackson's reason and where it happened, without class names or configuration hints. */
    private static String describe(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : null;
        Throwable cause = e.getCause();
        String reason;
        if (cause instanceof NullPointerException && cause.getMessage() != null) {
            reason = "the field '" + cause.getMessage() + "' is missing";
        } else if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            reason = cause.getMessage();
        } else if (field != null && e.getOriginalMessage().startsWith("Cannot map `null`")) {
            reason = "the field '" + field + "' is missing";
        } else {
            reason = e.getOriginalMessage().lines().findFirst().orElse("")
                    .replaceAll("\\s*\\(set [^)]*\\)", "")
                    .replaceAll("`[a-z]+(\\.[a-z]+)+\\.", "`");
            if (field != null) {
                reason += " at '" + field + "'";
            }
        }
        if (reason.endsWith(".")) {
            reason = reason.substring(0, reason.length() - 1);
        }
        JsonLocation location = e.getLocation();
        return location != null && location.getLineNr() > 0
                ? reason + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                : reason;
    }

    void json(int status, Object body) throws IOException {
        byte[] bytes = Json.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", JSON_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void noContent() throws IOException {
        exchange.sendResponseHeaders(204, -1);
    }

    /** What writes a streamed answer's body. */
    @FunctionalInterface
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Answers 200 with a body written as it is produced, in chunks, so an export of any size never sits whole in
     * memory. Check everything that can be refused before calling this: once it starts, the status is sent.
     */
    void stream(String contentType, BodyWriter writer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), STREAM_BUFFER_BYTES);
        writer.writeTo(out);
        // Closed only on success: closing ends the chunked body cleanly, which after a failure would pass a cut-off
        // body for a whole one.
        out.close();
    }

    /** Streams a file in small buffers, so media of any size never sits whole in memory. */
    void file(String contentType, Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            // HttpServer reads length 0 as "chunked"; -1 sends the empty body with Content-Length: 0.
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    /** Streams one range of a file as a 206 answer, reading only that part of it. */
    void filePart(String contentType, Path file, ByteRange range) throws IOException {
        try (FileChannel in = FileChannel.open(file)) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Content-Range", range.contentRange());
            exchange.sendResponseHeaders(206, range.length());
            try (OutputStream out = exchange.getResponseBody(); WritableByteChannel target = Channels.newChannel(out)) {
                long position = range.first();
                long end = range.last() + 1;
                while (position < end) {
                    long sent = in.transferTo(position, end - position, target);
                    if (sent <= 0) {
                        throw new IOException("The file " + file + " ended before byte " + end + ".");
                    }
                    position += sent;
                }
            }
        }
    }
}
