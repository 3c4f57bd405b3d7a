package dev.loupe.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loupe} with no command is {@code loupe gui}: the saved server, else the embedded demo server. */
@Command(name = "loupe",
        mixinStandardHelpOptions = true,
        versionProvider = LoupeVersion.class,
        description = {
            "Loupe: review work items with local models, mostly from the keyboard.",
            "",
            "With no command, opens the workstation: on the server saved by 'loupe login', else on an embedded"
                    + " server with a demo queue."
        },
        subcommands = {GuiCommand.class, ServerCommand.class, UsersCommand.class, ImportCommand.class,
            LoginCommand.class, AnnotateCommand.class, EvalCommand.class, DemoDataCommand.class, TrainCommand.class,
            BenchCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Run 'loupe help COMMAND' for a command's options."})
final class LoupeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GuiCommand gui = spec.subcommands().get("gui").getCommand();
        return gui.call();
    }
}
