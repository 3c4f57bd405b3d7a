package dev.loupe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteServerTest {
    private static final URI SERVER = URI.create("http://127.0.0.1:8470");

    @Test
    void theTokenOptionWinsOverTheEnvironment() {
        assertThat(RemoteServer.of(SERVER, "given", Map.of("LOUPE_TOKEN", "env")).token()).isEqualTo("given");
    }

    @Test
    void withoutTheOptionTheTokenComesFromLoupeToken() {
        assertThat(RemoteServer.of(SERVER, null, Map.of("LOUPE_TOKEN", "env")).token()).isEqualTo("env");
    }

    @Test
    void noTokenOrAnAddressThatIsNotHttpIsRefusedWithASentence() {
        assertThatThrownBy(() -> RemoteServer.of(SERVER, null, Map.of("LOUPE_TOKEN", " ")))
                .isInstanceOf(UserError.class).hasMessageContaining("pass --token T or set LOUPE_TOKEN");
        assertThatThrownBy(() -> RemoteServer.of(URI.create("ftp://host"), "t", Map.of()))
                .isInstanceOf(UserError.class).hasMessageContaining("http:// or https://");
    }
}
