package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loupe.server.OrchestrationServer;
import dev.loupe.server.ServerConfig;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code loupe users} works on a server's data folder while the server runs. */
class UsersCommandTest {
    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(new Surroundings(Map.of(), temp, InputStream.nullInputStream(), null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void anAddedUsersTokenWorksOnTheRunningServer() throws Exception {
        Path data = temp.resolve("server");
        try (OrchestrationServer server = OrchestrationServer.start(ServerConfig.defaults(data))) {
            assertThat(run("users", "add", "ana", "--role", "qa", "--data", data.toString())).as(err.toString())
                    .isZero();
            String[] lines = out.toString().split("\\R");
            assertThat(lines[0]).isEqualTo("Added ana (qa). Their token, shown only now:");
            String token = lines[1].strip();

            HttpResponse<String> me = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v1/me"))
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).isEqualTo("{\"name\":\"ana\",\"role\":\"qa\"}");

            out.getBuffer().setLength(0);
            assertThat(run("users", "list", "--data", data.toString())).isZero();
            assertThat(out.toString().lines().map(String::strip).toList())
                    .containsExactly("admin                    admin", "ana                      qa");
            assertThat(out.toString()).doesNotContain(token);
        }
    }

    @Test
    void aFolderWithoutAServerIsRefusedWithASentence() {
        Path empty = temp.resolve("nothing-here");
        assertThat(run("users", "list", "--data", empty.toString())).isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).startsWith("loupe: There is no Loupe server data in " + empty)
                .contains("--data");
    }

    @Test
    void aBadNameOrRoleSaysWhatIsWrong() throws Exception {
        Path data = temp.resolve("server");
        OrchestrationServer.start(ServerConfig.defaults(data)).close();

        assertThat(run("users", "add", "ana", "--role", "boss", "--data", data.toString()))
                .isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("'boss' is not a known Role; use one of: reviewer, qa, supervisor, admin.");
        assertThat(run("users", "add", "../ana", "--role", "reviewer", "--data", data.toString()))
                .isEqualTo(FriendlyErrors.FAILED);
        assertThat(err.toString()).contains("loupe: '../ana' is not a usable user name");
    }

    @Test
    void usersAloneAsksWhatToDo() {
        assertThat(run("users")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("loupe users add NAME --role R");
    }
}
