package dev.loupe.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.loupe.core.ApiError;
import dev.loupe.core.Identity;
import dev.loupe.core.Role;
import dev.loupe.core.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the handler for a method and path, checks the bearer token, and turns every refusal or failure into
 * {@link ApiError} JSON, so that one bad request never stops the server.
 */
final class Router implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(Router.class.getName());
    private static final String API_PREFIX = "/api/v1/";

    /** What a route does with a call; it answers through the call. */
    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws IOException;
    }

    /** A route; an empty set of roles means anyone may call it without a token. */
    private record Route(String method, String[] segments, Set<Role> roles, Handler handler) {
        boolean open() {
            return roles.isEmpty();
        }
    }

    private final TokenAuth auth;
    private final List<Route> routes = new ArrayList<>();

    Router(TokenAuth auth) {
        this.auth = auth;
    }

    /**
     * Adds a route that needs a bearer token of one of the given roles (see {@link Access}); others get 403. Path
     * segments in braces, e.g. {@code {id}}, are parameters.
     */
    Router add(String method, String pattern, Set<Role> roles, Handler handler) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A route with a token needs at least one role; use addOpen for none.");
        }
        routes.add(new Route(method, pattern.substring(1).split("/"), Set.copyOf(roles), handler));
        return this;
    }

    /** Adds a route anyone may call, such as a health check. */
    Router addOpen(String method, String pattern, Handler handler) {
        routes.add(new Route(method, pattern.substring(1).split("/"), Set.of(), handler));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = Objects.requireNonNullElse(exchange.getRequestURI().getRawPath(), "");
        boolean cutOff = false;
        try {
            dispatch(exchange, method, path);
        } catch (ApiException refused) {
            answerError(exchange, refused.status(), refused.body());
        } catch (IOException e) {
            // The client went away mid-answer; there is no one left to tell.
            LOG.log(Level.DEBUG, "Connection lost during " + method + " " + path, e);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Unexpected failure in " + method + " " + path, e);
            if (exchange.getResponseCode() != -1) {
                // A clean close would end a streamed body as if it were complete; an exception left to the HTTP
                // server drops the connection instead, so the client knows its copy is cut short.
                cutOff = true;
                throw e;
            }
            answerError(exchange, 500, new ApiError("internal-error",
                    "The server failed unexpectedly while handling this request; nothing was half-written."
                            + " Try again, and if it keeps failing, give the server log to an administrator."));
        } finally {
            if (!cutOff) {
                exchange.close();
            }
        }
    }

    private void dispatch(HttpExchange exchange, String method, String path) throws IOException {
        String[] segments = path.length() > 1 ? path.substring(1).split("/", -1) : new String[0];
        Route match = null;
        Map<String, String> params = Map.of();
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> found = match(route.segments(), segments);
            if (found == null) {
                continue;
            }
            allowed.add(route.method());
            if (route.method().equals(method)) {
                match = route;
                params = found;
            }
        }
        boolean needsToken = (match == null || !match.open()) && path.startsWith(API_PREFIX);
        Identity identity = needsToken ? auth.authenticate(exchange.getRequestHeaders().getFirst("Authorization")) : null;
        if (match == null && allowed.isEmpty()) {
            throw ApiException.notFound("no-such-route", "There is no " + Identifiers.shown(path)
                    + " in this API. Check the address against docs/api.md.");
        }
        if (match == null) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
            throw new ApiException(405, "method-not-allowed",
                    method + " is not allowed here; use " + String.join(" or ", allowed) + ".");
        }
        if (!match.open() && !match.roles().contains(identity.role())) {
            throw new ApiException(403, "forbidden", "Your role (" + identity.role().wire() + ") may not "
                    + method + " " + Identifiers.shown(path) + "; it needs " + Access.describe(match.roles())
                    + ". Ask an administrator if your work needs it.");
        }
        match.handler().handle(new Call(exchange, params, identity));
    }

    /** The parameters when the path fits the route's pattern, else null. */
    private static Map<String, String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String part = pattern[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                if (segments[i].isEmpty()) {
                    return null; // "/queues/" is not a queue named ""
                }
                params.put(part.substring(1, part.length() - 1), segments[i]);
            } else if (!part.equals(segments[i])) {
                return null;
            }
        }
        return params;
    }

    private static void answerError(HttpExchange exchange, int status, ApiError error) {
        if (exchange.getResponseCode() != -1) {
            return; // headers are out; the client sees a cut-off answer instead
        }
        try {
            Call.discard(exchange.getRequestBody());
        } catch (IOException closedOrGone) {
            // the handler read and closed the body already, or the client left; answer all the same
        }
        try {
            byte[] body = Json.mapper().writeValueAsBytes(error);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if (status == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not send the error answer " + status, e);
        }
    }
}
