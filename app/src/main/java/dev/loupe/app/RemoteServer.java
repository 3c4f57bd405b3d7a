package dev.loupe.app;

import java.net.URI;

/**
 * A running server and the bearer token to use on it, with where the token came from, so that a log line can say
 * which token is in use without showing it.
 *
 * @param tokenSource {@code --token}, {@code LOUPE_TOKEN} or the config file's path
 */
record RemoteServer(URI uri, String token, String tokenSource) {

    /** @throws UserError when the address given with --server is not an http(s) address with a host */
    static URI requireHttp(URI server) {
        if (server.getScheme() == null || !server.getScheme().matches("https?") || server.getHost() == null) {
            throw new UserError("--server must be an http:// or https:// address, got '" + server + "'.");
        }
        return server;
    }

    @Override
    public String toString() {
        return uri + " with the token from " + tokenSource;
    }
}
