package dev.loupe.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/** One line per log record on standard error, and none of PDFBox's notes about substituted fonts. */
final class LogSetup {
    private static final String FORMAT = "%1$tT %4$s %3$s: %5$s%6$s%n";
    /** Held here because java.util.logging keeps loggers only weakly, and would forget the level. */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");
    /** DJL says at INFO which engine and natives it loads; only its warnings concern a reviewer. */
    private static final Logger DJL = Logger.getLogger("ai.djl");
    /**
     * DJL warns when it finds a CUDA library but no GPU to use; on a machine without one that is the CPU path
     * working as meant ({@code bench documents} says which device ran).
     */
    private static final Logger DJL_CUDA = Logger.getLogger("ai.djl.util.cuda");

    private LogSetup() {
    }

    static void apply() {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        }
        // Standard 14 fonts are drawn with a metric-compatible system font; that is expected, not a problem.
        PDF_FONTS.setLevel(Level.SEVERE);
        DJL.setLevel(Level.WARNING);
        DJL_CUDA.setLevel(Level.SEVERE);
    }
}
