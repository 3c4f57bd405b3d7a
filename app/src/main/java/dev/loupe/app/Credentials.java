package dev.loupe.app;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the server a command talks to and its bearer token. The server comes from {@code --server}, else the config
 * file; the token from {@code --token}, else {@code LOUPE_TOKEN}, else the config file, whose token is only ever sent
 * to the config file's own server.
 */
final class Credentials {
    static final String TOKEN_VARIABLE = "LOUPE_TOKEN";
    private static final System.Logger LOG = System.getLogger(Credentials.class.getName());

    private final Map<String, String> environment;
    private final ConfigFile config;

    Credentials(Map<String, String> environment, ConfigFile config) {
        this.environment = environment;
        this.config = config;
    }

    static Credentials of(Surroundings surroundings) {
        return new Credentials(surroundings.environment(), surroundings.configFile());
    }

    /**
     * The server named by {@code --server} or in the config file, with its token; empty when neither names one.
     * The config file is read only when the options leave something open.
     *
     * @throws UserError when the address is not http(s), there is no token for it, or the config file is unusable
     */
    Optional<RemoteServer> find(URI serverOption, String tokenOption) {
        ConfigFile.Contents saved = null;
        URI server = serverOption;
        if (server == null) {
            saved = config.read();
            if (saved.server() == null) {
                return Optional.empty();
            }
            server = saved.server();
        }
        RemoteServer remote = withToken(RemoteServer.requireHttp(server), tokenOption, saved);
        LOG.log(Level.INFO, "Using the server at {0}", remote);
        return Optional.of(remote);
    }

    /** Like {@link #find}, for commands that cannot go on without a server. */
    RemoteServer require(URI serverOption, String tokenOption) {
        return find(serverOption, tokenOption).orElseThrow(() -> new UserError("Which server? Pass --server URL,"
                + " or sign in once with 'loupe login --server URL' to save it in " + config.path() + "."));
    }

    private RemoteServer withToken(URI server, String tokenOption, ConfigFile.Contents alreadyRead) {
        if (present(tokenOption)) {
            return new RemoteServer(server, tokenOption.strip(), "--token");
        }
        String variable = environment.get(TOKEN_VARIABLE);
        if (present(variable)) {
            return new RemoteServer(server, variable.strip(), TOKEN_VARIABLE);
        }
        ConfigFile.Contents saved = alreadyRead != null ? alreadyRead : config.read();
        if (saved.token() == null) {
            throw new UserError("There is no token for " + server + ". Sign in with 'loupe login --server " + server
                    + "', or set " + TOKEN_VARIABLE + ". The server prints its admin token on first start and keeps"
                    + " it in its data folder; 'loupe users add' makes one for each person.");
        }
        if (saved.server() != null && !sameServer(saved.server(), server)) {
            throw new UserError("The token in " + config.path() + " is for " + saved.server() + ", not " + server
                    + ", so it is not sent there. Sign in with 'loupe login --server " + server + "' (this replaces"
                    + " the saved sign-in), or set " + TOKEN_VARIABLE + ".");
        }
        return new RemoteServer(server, saved.token(), config.path().toString());
    }

    private static boolean sameServer(URI a, URI b) {
        return withoutTrailingSlash(a).equalsIgnoreCase(withoutTrailingSlash(b));
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.normalize().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
