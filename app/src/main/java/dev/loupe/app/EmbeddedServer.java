package dev.loupe.app;

import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.IOException;

/** Starts a server; its start-up failures are already sentences, so they reach the person as they are. */
final class EmbeddedServer {
    private EmbeddedServer() {
    }

    static OrchestrationServer start(ServerConfig config) {
        try {
            return OrchestrationServer.start(config);
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
