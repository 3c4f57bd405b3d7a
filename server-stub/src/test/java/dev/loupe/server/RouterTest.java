package dev.loupe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.loupe.core.ApiError;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    @Test
    void anUnexpectedFailureIs500WithASentenceAndTheServerGoesOn() throws Exception {
        Router router = new Router(null)
                .addOpen("GET", "/boom", call -> {
                    throw new IllegalStateException("secret internals");
                })
                .addOpen("GET", "/fine", call -> call.json(200, Map.of("fine", true)));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", router);
        http.start();
        try {
            String base = "http://127.0.0.1:" + http.getAddress().getPort();

            HttpResponse<String> boom = TestServer.send(HttpRequest.newBuilder(URI.create(base + "/boom")).GET());
            HttpResponse<String> fine = TestServer.send(HttpRequest.newBuilder(URI.create(base + "/fine")).GET());

            assertThat(boom.statusCode()).isEqualTo(500);
            ApiError error = TestServer.read(boom, ApiError.class);
            assertThat(error.error()).isEqualTo("internal-error");
            assertThat(error.message()).doesNotContain("secret");
            assertThat(fine.statusCode()).isEqualTo(200);
        } finally {
            http.stop(0);
        }
    }

    @Test
    void aStreamThatFailsMidwayIsCutOffNotEndedAsIfComplete() throws Exception {
        Router router = new Router(null)
                .addOpen("GET", "/export", call -> call.stream("application/x-ndjson", out -> {
                    out.write("{\"line\":1}\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    throw new IllegalStateException("the database went away");
                }))
                .addOpen("GET", "/fine", call -> call.json(200, Map.of("fine", true)));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", router);
        http.start();
        try {
            String base = "http://127.0.0.1:" + http.getAddress().getPort();

            assertThatThrownBy(() -> TestServer.send(HttpRequest.newBuilder(URI.create(base + "/export")).GET()))
                    .isInstanceOf(UncheckedIOException.class);
            HttpResponse<String> fine = TestServer.send(HttpRequest.newBuilder(URI.create(base + "/fine")).GET());

            assertThat(fine.statusCode()).isEqualTo(200);
        } finally {
            http.stop(0);
        }
    }
}
