package dev.loupe.app;

import java.util.Locale;
import java.util.Map;

/** Says, before anything starts, when there is no screen for the workstation's window. */
final class DisplayCheck {
    private DisplayCheck() {
    }

    static void require(Map<String, String> environment) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean headlessToolkit = "Monocle".equals(System.getProperty("glass.platform"));
        if (linux && !headlessToolkit && blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"))) {
            throw new UserError("There is no display to open the workstation on (DISPLAY is not set). "
                    + "Run it in a desktop session, or headless with: xvfb-run -a ./loupe gui …");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
