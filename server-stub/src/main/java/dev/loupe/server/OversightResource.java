package dev.loupe.server;

import java.io.IOException;

/** {@code /audit} and {@code /conflicts}: what supervisors look back on, newest first and bounded. */
final class OversightResource {
    private final AuditLog audit;
    private final DecisionStore decisions;

    OversightResource(AuditLog audit, DecisionStore decisions) {
        this.audit = audit;
        this.decisions = decisions;
    }

    void audit(Call call) throws IOException {
        Long before = call.query("before").map(OversightResource::before).orElse(null);
        call.json(200, audit.newest(item(call), before, limit(call)));
    }

    void conflicts(Call call) throws IOException {
        call.json(200, decisions.conflicts(item(call), limit(call)));
    }

    private static String item(Call call) {
        return call.query("item").map(value -> {
            try {
                return Identifiers.itemId(value);
            } catch (ApiException e) {
                throw ApiException.badRequest("invalid-parameter", e.getMessage());
            }
        }).orElse(null);
    }

    private static int limit(Call call) {
        return call.query("limit").map(QueueResource::limit).orElse(QueueResource.DEFAULT_LIMIT);
    }

    private static long before(String value) {
        try {
            long before = Long.parseLong(value);
            if (before > 0) {
                return before;
            }
        } catch (NumberFormatException e) {
            // answered below, with the same sentence as a number out of range
        }
        throw ApiException.badRequest("invalid-parameter", "The before parameter must be the seq of an audit entry,"
                + " a whole number from 1; leave it out to start at the newest.");
    }
}
