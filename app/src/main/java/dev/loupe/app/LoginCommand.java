package dev.loupe.app;

import dev.loupe.core.Identity;
import dev.loupe.sync.HttpOrchestrationClient;
import dev.loupe.sync.MediaCache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code loupe login}: checks a token with the server and saves both in the config file, so that later commands need
 * no token on their command line, where other users and the shell history would see it.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {
            "Checks a bearer token with a running server and saves the server and token for 'loupe gui' and"
                    + " 'loupe import'.",
            "In a terminal it asks for the token without showing it; otherwise it reads the token from the first"
                    + " line of standard input, e.g. 'loupe login --server URL < token.txt'. The config file is"
                    + " created readable by you only."
        })
final class LoginCommand implements Callable<Integer> {
    /** RFC 6750's b64token: what a bearer token may be made of, and nothing a properties file would change. */
    private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

    private final Surroundings surroundings;

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", required = true,
            description = "Address of the running Loupe server, e.g. http://127.0.0.1:8470.")
    URI server;

    /** Accepted only to refuse it: as an unknown option, picocli would print the token back in its complaint. */
    @Option(names = "--token", hidden = true)
    String tokenOnCommandLine;

    LoginCommand(Surroundings surroundings) {
        this.surroundings = surroundings;
    }

    @Override
    public Integer call() {
        RemoteServer.requireHttp(server);
        if (tokenOnCommandLine != null) {
            throw new UserError("login reads the token from the terminal or standard input, not from --token: a"
                    + " command line is visible to other users and kept in shell history. Run it without --token.");
        }
        String token = readToken();
        var client = new HttpOrchestrationClient(server, token, new MediaCache(surroundings.folders().mediaCache()));
        Identity you = client.whoAmI();
        ConfigFile config = surroundings.configFile();
        config.write(server, token);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Signed in to " + server + " as " + you.name() + " (" + you.role().wire() + "). The token is"
                + " saved in " + config.path() + ", readable by you only.");
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private String readToken() {
        String token = surroundings.console() != null ? fromTerminal() : fromStandardInput();
        if (token == null || token.isBlank()) {
            throw new UserError("No token was given. Paste the token when asked, or pass it on standard input, e.g."
                    + " 'loupe login --server " + server + " < token.txt'.");
        }
        token = token.strip();
        if (!BEARER_TOKEN.matcher(token).matches()) {
            throw new UserError("What was given is not a bearer token: a token is one word of letters, digits and"
                    + " - . _ ~ + /, as the server printed it. Copy it again, whole.");
        }
        return token;
    }

    private String fromTerminal() {
        char[] typed = surroundings.console().readPassword("Token for %s (not shown as you type): ", server);
        return typed == null ? null : new String(typed);
    }

    private String fromStandardInput() {
        try {
            return new BufferedReader(new InputStreamReader(surroundings.in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UserError("Cannot read the token from standard input (" + e.getMessage() + ").", e);
        }
    }
}
