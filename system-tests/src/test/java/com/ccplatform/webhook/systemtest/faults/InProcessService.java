package com.ccplatform.webhook.systemtest.faults;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.ccplatform.webhook.bootstrap.Environment;
import com.ccplatform.webhook.bootstrap.ServiceConfiguration;
import com.ccplatform.webhook.bootstrap.WebhookService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The service as bootstrap wires it, in this JVM, from environment variables over fault-test defaults (free port,
 * files in a temp directory). Its per-webhook INFO lines are turned down while it runs: thousands of them under load
 * would bury the figures; warnings and errors still show.
 */
public final class InProcessService implements AutoCloseable {

    private static final String REQUEST_LOG = "com.ccplatform.webhook.adapter.http.WebhookController";

    private final WebhookService service;
    private final Level previousLevel;

    private InProcessService(WebhookService service, Level previousLevel) {
        this.service = service;
        this.previousLevel = previousLevel;
    }

    /**
     * Variables every fault test sets: development (a real broker or store beside embedded parts), port 0 and files
     * under {@code directory}; {@code overrides} win.
     */
    public static Map<String, String> environment(Path directory, Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>();
        env.put("ENVIRONMENT", "development");
        env.put("PORT", "0");
        env.put("TENANTS_FILE", directory.resolve("tenants.json").toString());
        env.put("MEDIA_DIRECTORY", directory.resolve("media").toString());
        env.put("SHUTDOWN_GRACE_SECONDS", "5");
        env.putAll(overrides);
        return env;
    }

    public static InProcessService start(Map<String, String> env) throws IOException {
        Logger requestLog = (Logger) LoggerFactory.getLogger(REQUEST_LOG);
        Level previous = requestLog.getLevel();
        requestLog.setLevel(Level.WARN);
        return new InProcessService(WebhookService.start(ServiceConfiguration.from(new Environment(env))), previous);
    }

    public int port() {
        return service.port();
    }

    @Override
    public void close() {
        service.stop();
        ((Logger) LoggerFactory.getLogger(REQUEST_LOG)).setLevel(previousLevel);
    }
}
