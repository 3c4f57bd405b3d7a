package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loupe.core.json.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loupe bench review-screen} on the headless toolkit, with tiny numbers: the JSON it prints. */
class ReviewScreenBenchTest {
    @TempDir
    Path home;

    @Test
    void printsTheOpenZoomAndPanTimesAsOneJsonObject() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new Surroundings(Map.of(), home, InputStream.nullInputStream(), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int status = cli.execute("bench", "review-screen", "--items", "2", "--zoom-steps", "3", "--warmup", "0",
                "--no-models");

        assertThat(status).as(err.toString()).isZero();
        JsonNode json = Json.mapper().readTree(out.toString());
        assertThat(json.get("items").asInt()).isEqualTo(2);
        assertThat(json.get("zoom_steps").asInt()).isEqualTo(3);
        assertThat(json.get("pan_steps").asInt()).isEqualTo(3);
        for (String spread : List.of("open_ms", "open_show_ms", "open_layout_ms", "open_render_ms", "ui_task_ms",
                "zoom_layout_ms", "zoom_render_ms", "zoom_frame_ms", "pan_layout_ms", "pan_render_ms",
                "pan_frame_ms")) {
            JsonNode figures = json.get(spread);
            assertThat(figures.get("p50").asDouble()).as(spread).isPositive();
            assertThat(figures.get("p95").asDouble()).as(spread).isGreaterThanOrEqualTo(figures.get("p50").asDouble());
            assertThat(figures.get("max").asDouble()).as(spread).isGreaterThanOrEqualTo(figures.get("p95").asDouble());
        }
        assertThat(json.get("open_over_16_ms").asInt()).isBetween(0, 2);
        assertThat(json.get("zoom_over_16_ms").asInt()).isBetween(0, 3);
        assertThat(json.get("page").get("dpi").asInt()).isEqualTo(300);
        assertThat(json.get("page").get("width").asInt()).isGreaterThan(2000);
        assertThat(json.get("toolkit").asText()).isEqualTo("monocle-headless-sw");
        assertThat(json.get("method").asText()).contains("pulse");
    }
}
