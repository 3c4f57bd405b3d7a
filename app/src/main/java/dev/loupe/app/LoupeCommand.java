package dev.loupe.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code loupe} with no command opens the workstation on an embedded server with the demo queue. */
@Command(name = "loupe",
        mixinStandardHelpOptions = true,
        versionProvider = LoupeVersion.class,
        description = {
            "Loupe: review work items with local models, mostly from the keyboard.",
            "",
            "With no command, opens the workstation on an embedded server with a demo queue."
        },
        subcommands = {GuiCommand.class, ServerCommand.class, UsersCommand.class, ImportCommand.class,
            BenchCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Run 'loupe help COMMAND' for a command's options."})
final class LoupeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new GuiCommand().call();
    }
}
