package dev.loupe.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loupe.core.Conflict;
import dev.loupe.core.json.Json;
import dev.loupe.server.OrchestrationServer;
import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** What a supervisor sees on the server and the workstation's client does not offer: the conflicts. */
final class SupervisorView {
    private SupervisorView() {
    }

    /** The decisions the server kept as conflicts, newest first; of one item, or of all when {@code itemId} is null. */
    static List<Conflict> conflicts(OrchestrationServer server, String itemId) throws IOException {
        HttpUrl.Builder url = HttpUrl.get(server.baseUri()).newBuilder().addPathSegments("api/v1/conflicts")
                .addQueryParameter("limit", "500");
        if (itemId != null) {
            url.addQueryParameter("item", itemId);
        }
        Request request = new Request.Builder().url(url.build())
                .header("Authorization", "Bearer " + server.adminToken())
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            if (response.code() != 200) {
                throw new AssertionError("GET /conflicts answered " + response.code() + ": "
                        + response.body().string());
            }
            return Json.mapper().readValue(response.body().byteStream(), new TypeReference<List<Conflict>>() {});
        }
    }
}
