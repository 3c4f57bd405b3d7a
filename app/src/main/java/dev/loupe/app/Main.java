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
        System.exit(commandLine(Surroundings.ofThisProcess()).execute(args));
    }

    static CommandLine commandLine(Surroundings surroundings) {
        return new CommandLine(new LoupeCommand(), new CommandFactory(surroundings))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FriendlyErrors());
    }

    /** Hands the surroundings to the commands that take them, and makes everything else as picocli would. */
    private record CommandFactory(Surroundings surroundings) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Surroundings.class).newInstance(surroundings);
            } catch (NoSuchMethodException takesNone) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
