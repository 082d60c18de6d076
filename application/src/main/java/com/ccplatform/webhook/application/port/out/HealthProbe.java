package com.ccplatform.webhook.application.port.out;

/** A dependency that can say whether it is usable now (FRD 6.4.3); each adapter with a connection offers one. */
public interface HealthProbe {

    /** The name shown under `dependencies` in `/health`: `rabbitmq`, `minio`, `tenant-service`... */
    String name();

    /** Checks quickly (no network wait beyond a few hundred milliseconds) and never throws. */
    ProbeResult check();

    /** One probe's answer; {@code detail} is short, human and free of secrets. */
    record ProbeResult(boolean healthy, String detail) {
        public static ProbeResult up(String detail) {
            return new ProbeResult(true, detail);
        }

        public static ProbeResult down(String detail) {
            return new ProbeResult(false, detail);
        }
    }
}
