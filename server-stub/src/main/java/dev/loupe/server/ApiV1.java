package dev.loupe.server;

import java.util.Map;

/** The routes of API version 1, as documented in docs/api.md. */
final class ApiV1 {
    private ApiV1() {
    }

    static Router routes(TokenAuth auth, QueueResource queues, ItemResource items, DecisionResource decisions,
            MediaResource media, IntakeResource intake, StatsResource stats, FeedbackResource feedback,
            ModelResource models, WorkflowResources work) {
        return new Router(auth)
                .addOpen("GET", "/api/v1/health", call -> call.json(200, Map.of("status", "ok")))
                .add("GET", "/api/v1/me", Access.EVERYONE, call -> call.json(200, call.identity()))
                .add("GET", "/api/v1/queues", Access.EVERYONE, queues::list)
                .add("GET", "/api/v1/queues/{queue}/items", Access.EVERYONE, queues::items)
                .add("POST", "/api/v1/queues/{queue}/leases", Access.EVERYONE, queues::lease)
                .add("GET", "/api/v1/items/{id}", Access.EVERYONE, items::get)
                .add("GET", "/api/v1/items/{id}/decisions", Access.EVERYONE, decisions::list)
                .add("POST", "/api/v1/items/{id}/decisions", Access.EVERYONE, decisions::record)
                .add("GET", "/api/v1/media/{sha256}", Access.EVERYONE, media::get)
                .add("POST", "/api/v1/media", Access.SUPERVISORS, media::upload)
                .add("POST", "/api/v1/queues/{queue}/items", Access.SUPERVISORS, intake::add)
                .add("GET", "/api/v1/stats", Access.SUPERVISORS, stats::get)
                .add("GET", "/api/v1/feedback", Access.SUPERVISORS, feedback::export)
                .add("GET", "/api/v1/models", Access.EVERYONE, models::list)
                .add("GET", "/api/v1/models/{task}/versions", Access.EVERYONE, models::versions)
                .add("GET", "/api/v1/models/{task}/versions/{version}", Access.EVERYONE, models::version)
                .add("PUT", "/api/v1/models/{task}/versions/{version}", Access.ADMINS, models::putManifest)
                .add("GET", "/api/v1/models/{task}/versions/{version}/file", Access.EVERYONE, models::download)
                .add("PUT", "/api/v1/models/{task}/versions/{version}/file", Access.ADMINS, models::uploadFile)
                .add("GET", "/api/v1/models/{task}/current", Access.EVERYONE, models::current)
                .add("POST", "/api/v1/models/{task}/current", Access.ADMINS, models::choose)
                .add("POST", "/api/v1/items/{id}/lease/heartbeat", Access.EVERYONE, work.leases()::heartbeat)
                .add("POST", "/api/v1/items/{id}/release", Access.EVERYONE, work.leases()::release)
                .add("POST", "/api/v1/items/{id}/resolution", Access.SUPERVISORS, work.resolutions()::resolve)
                .add("GET", "/api/v1/conflicts", Access.SUPERVISORS, work.oversight()::conflicts)
                .add("GET", "/api/v1/audit", Access.SUPERVISORS, work.oversight()::audit)
                .add("PUT", "/api/v1/queues/{queue}", Access.ADMINS, queues::put)
                .add("GET", "/api/v1/users", Access.ADMINS, work.users()::list)
                .add("POST", "/api/v1/users", Access.ADMINS, work.users()::create);
    }
}
