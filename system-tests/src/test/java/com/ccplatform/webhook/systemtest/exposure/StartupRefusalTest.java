package com.ccplatform.webhook.systemtest.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccplatform.webhook.systemtest.faults.ChildService;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 1: a size cap the request body budget cannot hold stops the real process at start, with one line
 * naming the variable, under the production image's JVM options.
 */
class StartupRefusalTest {

    @TempDir
    Path directory;

    @Test
    void aSizeCapTheProductionHeapCannotHoldStopsTheStartWithOneLine() throws Exception {
        ChildService.Exit exit = ChildService.runToExit(Map.of("MAX_REQUEST_SIZE_MB", "20", "PORT", "0"), directory,
                ProductionJvm.dockerfileOptions());

        System.out.println("[exposure] MAX_REQUEST_SIZE_MB=20 on the production heap: exit=" + exit.code() + " "
                + exit.output().get(exit.output().size() - 1));
        assertThat(exit.code()).isEqualTo(2);
        // -Xmx96m with the serial collector leaves 92 MiB usable (one survivor space is not counted): an 11 MiB budget
        assertThat(exit.output()).anyMatch(line -> line.matches("genesys-webhook-service: configuration error: "
                + "MAX_REQUEST_SIZE_MB=20 does not fit the request body budget of 1[12] MiB \\(an eighth of the 9[26]"
                + " MiB heap\\): lower MAX_REQUEST_SIZE_MB, or give the JVM more heap"));
    }
}
