package dev.loupe.app;

import dev.loupe.core.Identity;
import dev.loupe.core.Role;
import dev.loupe.server.ServerData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code loupe users}: adds users and lists them by opening a server's data folder directly, which works whether or
 * not the server is running.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Adds users with their tokens, and lists users, in a server's data folder.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Say what to do: 'loupe users add NAME --role R' or"
                + " 'loupe users list'.");
    }

    /** The --data option of both subcommands. */
    static final class DataFolderOption {
        @Option(names = "--data", paramLabel = "DIR",
                description = "The server's data folder (default: ~/.local/share/loupe/server).")
        Path data;

        ServerData open() {
            Path dataDir = data != null ? data : DataFolders.ofThisUser().server();
            try {
                return ServerData.open(dataDir, Clock.systemUTC());
            } catch (IOException e) {
                throw new UserError(e.getMessage(), e);
            }
        }
    }

    /** Reads a role by its wire name, e.g. {@code reviewer}. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.fromWire(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a user, or gives an existing one a new role and token, and prints the token once.",
                "The server keeps only the token's hash, so hand the printed token to the user now."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The user's name: letters, digits, '.', '-' or '_'.")
        String name;

        @Option(names = "--role", paramLabel = "R", required = true, converter = RoleConverter.class,
                description = "reviewer, qa, supervisor or admin.")
        Role role;

        @Mixin
        DataFolderOption folder;

        @Override
        public Integer call() {
            String token;
            try (ServerData data = folder.open()) {
                token = data.users().issueToken(name, role);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            var out = spec.commandLine().getOut();
            out.println("Added " + name + " (" + role.wire() + "). Their token, shown only now:");
            out.println("  " + token);
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataFolderOption folder;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (ServerData data = folder.open()) {
                for (Identity user : data.users().list()) {
                    out.printf("%-24s %s%n", user.name(), user.role().wire());
                }
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }
}
