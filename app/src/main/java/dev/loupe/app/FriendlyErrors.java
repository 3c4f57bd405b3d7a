package dev.loupe.app;

import dev.loupe.core.port.OrchestrationException;
import dev.loupe.core.port.UnreadableMediaException;
import dev.loupe.sync.OutboxException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Failures a person can act on are printed as their sentence, without a stack trace; anything else is a bug and
 * keeps its trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        if (e instanceof OrchestrationException || e instanceof UnreadableMediaException
                || e instanceof UncheckedIOException || e instanceof UserError || e instanceof OutboxException) {
            command.getErr().println("loupe: " + e.getMessage());
        } else {
            command.getErr().println("loupe: unexpected failure; please report it with this trace.");
            e.printStackTrace(command.getErr());
        }
        return FAILED;
    }
}
