package com.ccplatform.webhook.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the service from the environment, prints where everything points, and stops it cleanly on SIGTERM. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        WebhookService service;
        try {
            ServiceConfiguration config = ServiceConfiguration.from(Environment.load(System.getenv(), Path.of("")));
            JsonLogLayout.nameService(config.serviceName());
            service = WebhookService.start(config);
        } catch (ConfigurationException e) {
            e.lines().forEach(line -> System.err.println("genesys-webhook-service: configuration error: " + line));
            System.exit(2);
            return;
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("genesys-webhook-service: could not start: " + e.getMessage());
            LOG.atError().setMessage("startup_failed").setCause(e).log();
            System.exit(1);
            return;
        }
        System.out.println(service.banner());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "shutdown"));
        LOG.atInfo().setMessage("service_started").addKeyValue("port", service.port()).log();
        sleepForever();
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Duration.ofDays(365 * 100L).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
