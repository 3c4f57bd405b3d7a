package dev.loupe.server;

import dev.loupe.core.Sha256;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What an upload says about its body: the media type ({@code Content-Type}), the file's name ({@code X-File-Name},
 * percent-encoded UTF-8 so any name fits in a header) and, optionally, the sha256 the sender computed
 * ({@code X-Sha256}). Each is checked before a byte of the body is stored.
 */
record UploadHeaders(String mediaType, Optional<String> fileName, Optional<String> sha256) {
    private static final int MAX_FILE_NAME = 255;

    static UploadHeaders of(Call call) {
        return new UploadHeaders(mediaType(call.header("Content-Type")), fileName(call.header("X-File-Name")),
                sha256(call.header("X-Sha256")));
    }

    /** The type without parameters such as {@code ; charset=}, in lower case. */
    private static String mediaType(Optional<String> header) {
        String raw = header.orElse("");
        int semicolon = raw.indexOf(';');
        String type = (semicolon < 0 ? raw : raw.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            throw ApiException.badRequest("invalid-media-type", "The upload has no Content-Type. Send the file's"
                    + " media type, e.g. Content-Type: application/pdf.");
        }
        if (!MediaStore.isMediaType(type)) {
            throw ApiException.badRequest("invalid-media-type", "'" + Identifiers.shown(type) + "' is not a media"
                    + " type. Send the file's media type in Content-Type, e.g. application/pdf or video/mp4.");
        }
        return type;
    }

    private static Optional<String> fileName(Optional<String> header) {
        return header.map(raw -> decoded(raw)
                .filter(UploadHeaders::isUsableFileName)
                .orElseThrow(() -> ApiException.badRequest("invalid-file-name", "The X-File-Name header must be a"
                        + " file name without folders, 1 to " + MAX_FILE_NAME + " characters, percent-encoded as"
                        + " UTF-8 (e.g. claim%20n%C2%BA%201.pdf). Fix it, or leave it out to name the file by its"
                        + " sha256.")));
    }

    private static Optional<String> sha256(Optional<String> header) {
        return header.map(raw -> {
            String digest = raw.strip().toLowerCase(Locale.ROOT);
            if (!Sha256.isDigest(digest)) {
                throw ApiException.badRequest("invalid-sha256", "The X-Sha256 header must be the sha256 of the file"
                        + " as 64 hex characters. Fix it, or leave it out to store the file unchecked.");
            }
            return digest;
        });
    }

    /** Strict percent-decoding: '+' stays '+', and bad escapes or bad UTF-8 are refused rather than guessed at. */
    private static Optional<String> decoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
                        || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                    return Optional.empty();
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else if (c >= 0x20 && c < 0x7F) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isUsableFileName(String name) {
        return !name.isBlank() && name.length() <= MAX_FILE_NAME && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\');
    }
}
