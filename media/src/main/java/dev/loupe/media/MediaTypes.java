package dev.loupe.media;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The media types Loupe reviews (documents shown as pages, and videos), and how a file name maps to one. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TIFF = "image/tiff";
    public static final String MP4 = "video/mp4";
    public static final String QUICKTIME = "video/quicktime";
    public static final String MATROSKA = "video/x-matroska";
    public static final String WEBM = "video/webm";

    private static final List<String> DOCUMENTS = List.of(PDF, PNG, JPEG, TIFF);
    private static final List<String> VIDEOS = List.of(MP4, QUICKTIME, MATROSKA, WEBM);
    private static final SortedMap<String, String> BY_EXTENSION = new TreeMap<>(Map.of(
            "pdf", PDF, "png", PNG, "jpg", JPEG, "jpeg", JPEG, "tif", TIFF, "tiff", TIFF,
            "mp4", MP4, "mov", QUICKTIME, "mkv", MATROSKA, "webm", WEBM));

    private MediaTypes() {
    }

    /** The media type for a file name's extension, ignoring case; empty when Loupe does not review such files. */
    public static Optional<String> fromFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether the renderer opens this media type as pages; parameters such as {@code ;charset=} are ignored. */
    public static boolean isDocument(String mediaType) {
        return DOCUMENTS.contains(essence(mediaType));
    }

    /** Whether this is a video type Loupe reviews; parameters such as {@code ;codecs=} are ignored. */
    public static boolean isVideo(String mediaType) {
        return VIDEOS.contains(essence(mediaType));
    }

    /** The file name extensions {@link #fromFileName} knows, in lower case and alphabetical order. */
    public static List<String> fileExtensions() {
        return List.copyOf(BY_EXTENSION.keySet());
    }

    /** The type without parameters, in lower case, as media types compare case-insensitively. */
    static String essence(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    static boolean isImage(String mediaType) {
        return isDocument(mediaType) && !PDF.equals(essence(mediaType));
    }

    /** For messages: what the renderer accepts, in words. */
    static String supported() {
        return "PDF (" + PDF + "), PNG (" + PNG + "), JPEG (" + JPEG + ") and TIFF (" + TIFF + ")";
    }
}
