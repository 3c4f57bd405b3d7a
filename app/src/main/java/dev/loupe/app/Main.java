package dev.loupe.app;

import picocli.CommandLine;

/**
 * The {@code loupe} command line. This class is the launcher and deliberately not the JavaFX {@code Application},
 * so that a plain classpath start finds the JavaFX runtime.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogSetup.apply();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new LoupeCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FriendlyErrors());
    }
}
