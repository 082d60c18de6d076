package com.ccplatform.webhook.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void readsDotEnvAndLetsTheProcessEnvironmentWin() throws Exception {
        Files.writeString(dir.resolve(".env"), "# comment\nPORT=9000\nexport OUTBOUND_QUEUE=\"fromFile\"\n"
                + "STATUS_QUEUE='statusFromFile'\n");

        Environment env = Environment.load(Map.of("PORT", "9100"), dir);

        assertThat(env.integer("PORT", 8000, 1, 65535)).isEqualTo(9100);
        assertThat(env.string("OUTBOUND_QUEUE", "outboundQueue")).isEqualTo("fromFile");
        assertThat(env.string("STATUS_QUEUE", "statusQueue")).isEqualTo("statusFromFile");
    }

    @Test
    void usesDefaultsWhenNothingIsSet() {
        Environment env = Environment.load(Map.of(), dir);

        assertThat(env.integer("PORT", 8000, 1, 65535)).isEqualTo(8000);
        assertThat(env.seconds("TENANT_SERVICE_TIMEOUT", Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(env.list("ECHO_DETECTION_PREFIXES", List.of("mw-"))).containsExactly("mw-");
    }

    @Test
    void namesTheVariableWhenANumberIsWrong() {
        Environment env = new Environment(Map.of("PORT", "eighty"));

        assertThatThrownBy(() -> env.integer("PORT", 8000, 1, 65535)).isInstanceOf(ConfigurationException.class)
                .hasMessage("PORT must be a whole number from 1 to 65535, got 'eighty'");
    }

    @Test
    void refusesOutOfRangeNumbersAndBadDurationsAndBooleans() {
        Environment env = new Environment(Map.of("PORT", "70000", "MEDIA_DOWNLOAD_TIMEOUT", "-1",
                "ENFORCE_HTTPS", "maybe"));

        assertThatThrownBy(() -> env.integer("PORT", 8000, 1, 65535)).hasMessageContaining("PORT");
        assertThatThrownBy(() -> env.seconds("MEDIA_DOWNLOAD_TIMEOUT", Duration.ofSeconds(30)))
                .hasMessageContaining("MEDIA_DOWNLOAD_TIMEOUT");
        assertThatThrownBy(() -> env.bool("ENFORCE_HTTPS", false)).hasMessageContaining("ENFORCE_HTTPS");
    }

    @Test
    void readsDecimalSecondsListsAndBooleans() {
        Environment env = new Environment(Map.of("T", "2.5", "L", " mw-, ,ours- ", "B", "TRUE"));

        assertThat(env.seconds("T", Duration.ZERO)).isEqualTo(Duration.ofMillis(2500));
        assertThat(env.list("L", List.of())).containsExactly("mw-", "ours-");
        assertThat(env.bool("B", false)).isTrue();
    }

    @Test
    void refusesAMalformedDotEnvLine() throws Exception {
        Files.writeString(dir.resolve(".env"), "PORT=1\nthis is not a setting\n");

        assertThatThrownBy(() -> Environment.load(Map.of(), dir)).isInstanceOf(ConfigurationException.class)
                .hasMessage(".env line 2 is not NAME=value");
    }

    @Test
    void requiredNamesTheVariableAndWhy() {
        assertThatThrownBy(() -> new Environment(Map.of()).required("MINIO_ACCESS_KEY", "when MINIO_ENDPOINT is set"))
                .hasMessage("MINIO_ACCESS_KEY is required when MINIO_ENDPOINT is set");
    }
}
