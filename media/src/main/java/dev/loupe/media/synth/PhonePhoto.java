package dev.loupe.media.synth;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Random;

/**
 * Turns a scanned page into a phone's photo of the paper lying on a table: the table around it, the page turned
 * and a little foreshortened, fewer pixels to the inch, a soft shadow over part of it and the camera's own
 * marks. Kept mild enough that OCR still reads it.
 */
final class PhonePhoto {
    private static final int LEAST_DPI = 100;
    private static final int DPI_SPREAD = 21;
    private static final double MOST_TURN_DEGREES = 5;
    /** How much narrower the far edge of the page looks than the near one, at most, as a share of its width. */
    private static final double MOST_KEYSTONE = 0.04;
    private static final double MOST_SHADOW = 0.32;
    private static final List<Color> TABLES = List.of(new Color(196, 150, 104), new Color(122, 80, 50),
            new Color(222, 186, 140), new Color(150, 148, 142), new Color(64, 64, 70), new Color(72, 112, 84));
    /** Tables that are wood, by index in {@link #TABLES}, and so show a grain. */
    private static final int WOODS = 3;

    private final BufferedImage page;
    private final int[] pagePixels;

    private PhonePhoto(BufferedImage page) {
        this.page = page;
        this.pagePixels = ((DataBufferInt) page.getRaster().getDataBuffer()).getData();
    }

    /** The photo of {@code scan}, a {@code TYPE_INT_RGB} page at {@link ScanPrinter#DPI}. */
    static BufferedImage of(BufferedImage scan, Random random) {
        double scale = (double) (LEAST_DPI + random.nextInt(DPI_SPREAD)) / ScanPrinter.DPI;
        double pageWidth = scan.getWidth() * scale;
        double pageHeight = scan.getHeight() * scale;
        int width = (int) Math.round(pageWidth * (1.06 + 0.12 * random.nextDouble()));
        int height = (int) Math.round(pageHeight * (1.06 + 0.12 * random.nextDouble()));
        double[] corners = corners(pageWidth, pageHeight, width, height, random);
        Homography toPage = Homography.squareTo(corners).inverse();
        int tableIndex = random.nextInt(TABLES.size());
        Table table = new Table(TABLES.get(tableIndex), tableIndex < WOODS, random);
        Shadow shadow = Shadow.across(width, height, random);
        double dropX = 3 + random.nextDouble() * 6;
        double dropY = 3 + random.nextDouble() * 6;

        PhonePhoto photo = new PhonePhoto(scan);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        double[] uv = new double[2];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                toPage.map(x + 0.5, y + 0.5, uv);
                double px = uv[0] * scan.getWidth();
                double py = uv[1] * scan.getHeight();
                double cover = photo.cover(px, py, scale);
                toPage.map(x + 0.5 - dropX, y + 0.5 - dropY, uv);
                double dropped = photo.cover(uv[0] * scan.getWidth(), uv[1] * scan.getHeight(), scale / 8);
                int under = darken(table.at(x, y), 1 - 0.45 * dropped);
                int rgb = cover > 0 ? blend(photo.sample(px - 0.5, py - 0.5), under, cover) : under;
                pixels[y * width + x] = darken(rgb, shadow.light(x, y));
            }
        }
        return Camera.develop(picture, random);
    }

    /**
     * The page's corners in the photo, clockwise from the top left: turned a few degrees about a centre a little off
     * the frame's, the edge farther from the camera drawn a little shorter.
     */
    private static double[] corners(double pageWidth, double pageHeight, int width, int height, Random random) {
        double turn = Math.toRadians((random.nextDouble() * 2 - 1) * MOST_TURN_DEGREES);
        double keystone = (random.nextDouble() * 2 - 1) * MOST_KEYSTONE * pageWidth / 2;
        double top = Math.max(0, keystone);
        double bottom = Math.max(0, -keystone);
        double[] local = {
            -pageWidth / 2 + top, -pageHeight / 2, pageWidth / 2 - top, -pageHeight / 2,
            pageWidth / 2 - bottom, pageHeight / 2, -pageWidth / 2 + bottom, pageHeight / 2};
        double centreX = width / 2.0 + (random.nextDouble() - 0.5) * (width - pageWidth) * 0.5;
        double centreY = height / 2.0 + (random.nextDouble() - 0.5) * (height - pageHeight) * 0.5;
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        double[] corners = new double[8];
        for (int i = 0; i < 8; i += 2) {
            corners[i] = centreX + local[i] * cos - local[i + 1] * sin;
            corners[i + 1] = centreY + local[i] * sin + local[i + 1] * cos;
        }
        return corners;
    }

    /** How much of a photo pixel the page covers there, 0 to 1, softening its edge over about one pixel. */
    private double cover(double px, double py, double scale) {
        double inside = Math.min(Math.min(px, page.getWidth() - px), Math.min(py, page.getHeight() - py));
        return Math.max(0, Math.min(1, inside * scale + 0.5));
    }

    /** The page's colour between pixels, interpolated bilinearly; edges repeat outwards. */
    private int sample(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        int top = blend(pixel(x0 + 1, y0), pixel(x0, y0), fx);
        int bottom = blend(pixel(x0 + 1, y0 + 1), pixel(x0, y0 + 1), fx);
        return blend(bottom, top, fy);
    }

    private int pixel(int x, int y) {
        int cx = Math.max(0, Math.min(page.getWidth() - 1, x));
        int cy = Math.max(0, Math.min(page.getHeight() - 1, y));
        return pagePixels[cy * page.getWidth() + cx];
    }

    /** {@code share} of {@code a} over the rest of {@code b}. */
    private static int blend(int a, int b, double share) {
        int red = (int) Math.round((a >> 16 & 0xFF) * share + (b >> 16 & 0xFF) * (1 - share));
        int green = (int) Math.round((a >> 8 & 0xFF) * share + (b >> 8 & 0xFF) * (1 - share));
        int blue = (int) Math.round((a & 0xFF) * share + (b & 0xFF) * (1 - share));
        return red << 16 | green << 8 | blue;
    }

    private static int darken(int rgb, double light) {
        return blend(rgb, 0, light);
    }

    /** The table top: a colour with wood grain running across it or the faint mottling of a laminate or cloth. */
    private record Table(Color colour, boolean wood, double period, double waviness, double phase) {
        Table(Color colour, boolean wood, Random random) {
            this(colour, wood, 6 + random.nextDouble() * 8, 20 + random.nextDouble() * 40,
                    random.nextDouble() * 100);
        }

        int at(int x, int y) {
            double shade = wood
                    ? 1 + 0.09 * Math.sin((y + waviness * Math.sin(x / 170.0 + phase)) / period)
                            + 0.05 * Math.sin((y * 0.37 + x * 0.02 + phase) / period)
                    : 1 + 0.03 * Math.sin(x / 37.0 + phase) * Math.sin(y / 53.0 + phase);
            return clamp(colour.getRed() * shade) << 16 | clamp(colour.getGreen() * shade) << 8
                    | clamp(colour.getBlue() * shade);
        }

        private static int clamp(double value) {
            return (int) Math.max(0, Math.min(255, Math.round(value)));
        }
    }

    /** The soft shadow of the phone or the hand holding it, falling over one side of the frame. */
    private record Shadow(double nx, double ny, double edge, double softness, double depth) {
        static Shadow across(int width, int height, Random random) {
            double direction = random.nextDouble() * 2 * Math.PI;
            double nx = Math.cos(direction);
            double ny = Math.sin(direction);
            double reach = Math.abs(nx) * width / 2 + Math.abs(ny) * height / 2;
            double edge = nx * width / 2 + ny * height / 2 + reach * (0.35 + 0.4 * random.nextDouble());
            return new Shadow(nx, ny, edge, 40 + random.nextDouble() * 110, random.nextDouble() * MOST_SHADOW);
        }

        /** The share of the light reaching {@code x, y}: 1 outside the shadow, {@code 1 - depth} deep in it. */
        double light(int x, int y) {
            double t = Math.max(0, Math.min(1, (x * nx + y * ny - edge) / softness + 0.5));
            return 1 - depth * t * t * (3 - 2 * t);
        }
    }
}
