package dev.loupe.media;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How a PDF page's user space, as PDFBox's text positions give it (points from the crop box's lower-left corner,
 * y up), maps onto the page as shown: from its top-left corner, y down, turned clockwise by its {@code /Rotate}.
 */
record PageFrame(double cropWidth, double cropHeight, int rotation) {
    static PageFrame of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        return new PageFrame(crop.getWidth(), crop.getHeight(), Math.floorMod(page.getRotation(), 360) / 90 * 90);
    }

    /** The width of the page as shown, in points. */
    double width() {
        return rotation % 180 == 0 ? cropWidth : cropHeight;
    }

    double height() {
        return rotation % 180 == 0 ? cropHeight : cropWidth;
    }

    double x(double userX, double userY) {
        return switch (rotation) {
            case 90 -> userY;
            case 180 -> cropWidth - userX;
            case 270 -> cropHeight - userY;
            default -> userX;
        };
    }

    double y(double userX, double userY) {
        return switch (rotation) {
            case 90 -> userX;
            case 180 -> userY;
            case 270 -> cropWidth - userX;
            default -> cropHeight - userY;
        };
    }
}
