package com.ccplatform.webhook.application.port.in;

/** How one webhook ended; the inbound adapter maps each case to one status code and body (FRD 5.1.3, 7.1). */
public sealed interface IngestOutcome {

    Trace trace();

    /** Published and confirmed by the broker. {@code mediaDegraded}: some attachment was dropped (FRD 7.3). */
    record Accepted(Trace trace, boolean mediaDegraded) implements IngestOutcome {
    }

    /** An echo of a message our middleware injected: acknowledged, not published. */
    record EchoFiltered(Trace trace) implements IngestOutcome {
    }

    /** A Genesys health check: acknowledged, nothing published. */
    record HealthCheckAcknowledged(Trace trace) implements IngestOutcome {
    }

    /** Authentic but of no concern (inbound direction, unsupported type): acknowledged, nothing published. */
    record Ignored(Trace trace, String reason) implements IngestOutcome {
    }

    /** Refused for a reason the sender can fix; retrying the same request will not help. */
    record Rejected(Trace trace, Reason reason, String detail) implements IngestOutcome {
    }

    /** A dependency could not do its part in time; a later retry by Genesys may succeed. */
    record Unavailable(Trace trace, String dependency) implements IngestOutcome {
    }

    /** The deadline passed before the tenant was known (an event the broker did not confirm in time is Unavailable). */
    record TimedOut(Trace trace) implements IngestOutcome {
    }

    /** Why a webhook was refused. */
    enum Reason {
        MISSING_INTEGRATION_ID,
        UNKNOWN_INTEGRATION,
        INVALID_SIGNATURE,
        TENANT_INACTIVE,
        INVALID_EVENT
    }
}
