package dev.loupe.server;

import java.util.Map;

/** The routes of API version 1, as documented in docs/api.md. */
final class ApiV1 {
    private ApiV1() {
    }

    static Router routes(TokenAuth auth, QueueResource queues, ItemResource items, DecisionResource decisions,
            MediaResource media) {
        return new Router(auth)
                .addOpen("GET", "/api/v1/health", call -> call.json(200, Map.of("status", "ok")))
                .add("GET", "/api/v1/me", call -> call.json(200, call.identity()))
                .add("GET", "/api/v1/queues", queues::list)
                .add("GET", "/api/v1/queues/{queue}/items", queues::items)
                .add("POST", "/api/v1/queues/{queue}/leases", queues::lease)
                .add("GET", "/api/v1/items/{id}", items::get)
                .add("GET", "/api/v1/items/{id}/decisions", decisions::list)
                .add("POST", "/api/v1/items/{id}/decisions", decisions::record)
                .add("GET", "/api/v1/media/{sha256}", media::get);
    }
}
