package com.ccplatform.webhook.adapter.minio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings: FRD defaults, the scheme of a bare host:port, the public endpoint, and no secret in toString. */
class MinioSettingsTest {

    @Test
    void defaultsAreTheFrdOnes() {
        MinioSettings settings = MinioSettings.defaults("minio:9000", "key", "secret");

        assertThat(settings.bucket()).isEqualTo("media-outbound");
        assertThat(settings.region()).isEqualTo("us-east-1");
        assertThat(settings.partSize()).isEqualTo(5L * 1024 * 1024);
        assertThat(settings.secure()).isTrue();
        assertThat(settings.publicEndpoint()).isEmpty();
    }

    @Test
    void aBareHostTakesItsSchemeFromSecureAndAFullUrlKeepsItsOwn() {
        MinioSettings secure = MinioSettings.defaults("minio:9000", "key", "secret");
        MinioSettings plain = new MinioSettings("minio:9000", "key", "secret", "b", false, "us-east-1",
                Optional.empty(), MinioSettings.DEFAULT_PART_SIZE, Duration.ofSeconds(5));

        assertThat(secure.endpointUrl()).isEqualTo("https://minio:9000");
        assertThat(plain.endpointUrl()).isEqualTo("http://minio:9000");
        assertThat(MinioSettings.defaults("http://127.0.0.1:9000", "k", "s").endpointUrl())
                .isEqualTo("http://127.0.0.1:9000");
    }

    @Test
    void presignedUrlsUseThePublicEndpointWhenSetAndTheEndpointOtherwise() {
        MinioSettings settings = MinioSettings.defaults("http://minio:9000", "key", "secret");

        assertThat(settings.presignEndpointUrl()).isEqualTo("http://minio:9000");
        assertThat(settings.withPublicEndpoint("media.example.com").presignEndpointUrl())
                .isEqualTo("https://media.example.com");
        assertThat(settings.withPublicEndpoint(" ").presignEndpointUrl()).isEqualTo("http://minio:9000");
    }

    @Test
    void toStringHidesTheSecretKey() {
        assertThat(MinioSettings.defaults("minio:9000", "key", "s3cr3t-value").toString())
                .doesNotContain("s3cr3t-value").contains("secretKey=***");
    }

    @Test
    void refusesPartsBelowTheS3MinimumAndMissingCredentials() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MinioSettings("minio:9000", "key", "secret", "b",
                true, "us-east-1", Optional.empty(), 1024 * 1024, Duration.ofSeconds(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> MinioSettings.defaults("minio:9000", "", "secret"));
    }
}
