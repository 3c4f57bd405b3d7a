package dev.loupe.app;

import java.net.URI;
import java.util.Map;

/** A running server named on the command line, with the bearer token to use on it. */
record RemoteServer(URI uri, String token) {

    /**
     * Checks the address and finds the token: {@code --token} when given, else {@code LOUPE_TOKEN}.
     *
     * @throws UserError when the address is not http(s) or there is no token
     */
    static RemoteServer of(URI server, String token, Map<String, String> environment) {
        String secret = token != null ? token : environment.get("LOUPE_TOKEN");
        if (secret == null || secret.isBlank()) {
            throw new UserError("--server needs a token: pass --token T or set LOUPE_TOKEN. "
                    + "The server prints its admin token on first start and keeps it in its data folder.");
        }
        if (server.getScheme() == null || !server.getScheme().startsWith("http")) {
            throw new UserError("--server must be an http:// or https:// address, got '" + server + "'.");
        }
        return new RemoteServer(server, secret);
    }
}
