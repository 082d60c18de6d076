package com.ccplatform.webhook.application.service;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.in.IngestOutcome;
import com.ccplatform.webhook.application.port.in.IngestOutcome.Reason;
import com.ccplatform.webhook.application.port.in.IngestWebhookCommand;
import com.ccplatform.webhook.application.port.in.IngestWebhookUseCase;
import com.ccplatform.webhook.application.port.in.Trace;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.WebhookTelemetry;
import com.ccplatform.webhook.domain.event.EchoPolicy;
import com.ccplatform.webhook.domain.event.EventClassifier;
import com.ccplatform.webhook.domain.event.HealthCheck;
import com.ccplatform.webhook.domain.event.Ignored;
import com.ccplatform.webhook.domain.event.IntegrationId;
import com.ccplatform.webhook.domain.event.IntegrationIdLocator;
import com.ccplatform.webhook.domain.event.IntegrationIdShape;
import com.ccplatform.webhook.domain.event.Malformed;
import com.ccplatform.webhook.domain.event.OutboundMessage;
import com.ccplatform.webhook.domain.event.StatusEvent;
import com.ccplatform.webhook.domain.event.WebhookEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import com.ccplatform.webhook.domain.publish.AgentMessage;
import com.ccplatform.webhook.domain.publish.PublishableEvent;
import com.ccplatform.webhook.domain.publish.StatusUpdate;
import com.ccplatform.webhook.domain.signature.SignatureVerifier;
import com.ccplatform.webhook.domain.tenant.Tenant;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The FRD 5.4 flow: find the tenant, verify the signature, classify, drop echoes, re-host media, publish with
 * confirm. The signature is checked before anything else is said about the tenant, so a forger learns nothing.
 */
public final class IngestWebhookService implements IngestWebhookUseCase {

    private final TenantResolver tenants;
    private final AttachmentRehosting media;
    private final AgentMessageAssembly messages;
    private final PublishingWithRetry publishing;
    private final WebhookTelemetry telemetry;
    private final EchoPolicy echoPolicy;
    private final Clock clock;
    private final IntegrationIdLocator locator = new IntegrationIdLocator();
    private final IntegrationIdShape idShape = new IntegrationIdShape();
    private final SignatureVerifier signatures = new SignatureVerifier();
    private final EventClassifier classifier = new EventClassifier();

    public IngestWebhookService(IngestPorts ports, EchoPolicy echoPolicy, IngestSettings settings) {
        this.tenants = new TenantResolver(ports.tenants());
        this.media = new AttachmentRehosting(ports.tokens(), ports.mediaSource(), ports.mediaStore(),
                ports.mediaPolicy(), ports.objectIds(), ports.clock(), ports.telemetry(), settings.mediaTransfers());
        this.messages = new AgentMessageAssembly(media, ports.telemetry(), settings);
        this.publishing = new PublishingWithRetry(ports.publisher(), ports.telemetry(), settings.retryDelay());
        this.telemetry = ports.telemetry();
        this.echoPolicy = echoPolicy;
        this.clock = ports.clock();
    }

    /** {@link #ingestAsync}, waiting for its outcome. */
    @Override
    public IngestOutcome ingest(IngestWebhookCommand command) {
        try {
            return ingestAsync(command).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException fault) {
                throw fault;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Everything up to the publish runs on the caller's thread (tenant lookup, signature, classification, media);
     * the broker's confirm completes the stage, on the publisher's I/O thread or the retry's executor. Outcomes
     * that publish nothing are complete on return.
     */
    @Override
    public CompletableFuture<IngestOutcome> ingestAsync(IngestWebhookCommand command) {
        try {
            return run(command);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<IngestOutcome> run(IngestWebhookCommand command) {
        Trace trace = Trace.empty();
        List<IntegrationId> named = locator.candidates(command.webhook());
        if (named.isEmpty()) {
            return done(new IngestOutcome.Rejected(trace, Reason.MISSING_INTEGRATION_ID,
                    "no integration id in channel"));
        }
        // an id that cannot be an integration's is unknown without asking: junk never reaches the Tenant Service,
        // its breaker or the cache, and is kept out of the trace (and so of the log line)
        List<IntegrationId> candidates = named.stream().filter(idShape::isPlausible).toList();
        if (candidates.isEmpty()) {
            return done(new IngestOutcome.Rejected(trace, Reason.UNKNOWN_INTEGRATION,
                    "integration id of implausible shape"));
        }
        Optional<TenantResolver.Resolved> resolved;
        try {
            resolved = tenants.resolve(candidates, command.deadline());
        } catch (DependencyUnavailableException e) {
            return done(command.deadline().isExpired() ? new IngestOutcome.TimedOut(trace)
                    : new IngestOutcome.Unavailable(trace, e.dependency()));
        }
        if (resolved.isEmpty()) {
            return done(new IngestOutcome.Rejected(trace.withTenant(candidates.get(0), null),
                    Reason.UNKNOWN_INTEGRATION, "no tenant for the integration"));
        }
        return handleSigned(command, resolved.get(), trace.withTenant(resolved.get().integrationId(),
                resolved.get().tenant().id()));
    }

    /** With the owner found: the signature first, then whether the tenant may send, then the event itself. */
    private CompletableFuture<IngestOutcome> handleSigned(IngestWebhookCommand command, TenantResolver.Resolved owner,
                                                          Trace trace) {
        Tenant tenant = owner.tenant();
        if (!signatures.isAuthentic(command.rawBody(), command.signatureHeader(), tenant.secrets())) {
            telemetry.signatureRejected(tenant.id());
            return done(new IngestOutcome.Rejected(trace, Reason.INVALID_SIGNATURE, "signature does not match"));
        }
        if (!tenant.isActive()) {
            return done(new IngestOutcome.Rejected(trace, Reason.TENANT_INACTIVE, "tenant is not active"));
        }
        WebhookEvent event = classifier.classify(command.webhook(), clock.instant());
        return handle(event, owner, trace, command.deadline());
    }

    private CompletableFuture<IngestOutcome> handle(WebhookEvent event, TenantResolver.Resolved owner, Trace trace,
                                                    Deadline deadline) {
        // Java 17 has no pattern switch; the sealed hierarchy keeps this chain complete (see the final throw)
        if (event instanceof OutboundMessage message) {
            return handleMessage(message, owner, trace, deadline);
        }
        if (event instanceof StatusEvent status) {
            return publish(statusUpdate(status, owner), trace.withEvent(status.id(), status.kind(), false), false,
                    deadline);
        }
        if (event instanceof HealthCheck check) {
            return done(new IngestOutcome.HealthCheckAcknowledged(trace.withEvent(null, check.kind(), false)));
        }
        if (event instanceof Ignored ignored) {
            telemetry.eventIgnored(owner.tenant().id(), ignored);
            return done(new IngestOutcome.Ignored(trace.withEvent(null, ignored.kind(), false), ignored.detail()));
        }
        if (event instanceof Malformed malformed) {
            return done(new IngestOutcome.Rejected(trace.withEvent(null, malformed.kind(), false),
                    Reason.INVALID_EVENT, malformed.problem()));
        }
        throw new IllegalStateException("unhandled event type " + event.getClass().getName());
    }

    private CompletableFuture<IngestOutcome> handleMessage(OutboundMessage message, TenantResolver.Resolved owner,
                                                           Trace trace, Deadline deadline) {
        Trace traced = trace.withEvent(message.id(), message.kind(), message.hasMedia());
        if (echoPolicy.isEcho(message)) {
            telemetry.echoFiltered(owner.tenant().id(), message.id());
            return done(new IngestOutcome.EchoFiltered(traced));
        }
        AgentMessage agentMessage = messages.assemble(message, owner, deadline);
        CompletableFuture<IngestOutcome> outcome = publish(agentMessage, traced,
                agentMessage.mediaFailure().isPresent(), deadline);
        if (!agentMessage.media().isEmpty()) {
            // A webhook not answered 200 is sent again by Genesys, which re-hosts its media again: what this attempt
            // uploaded would be left behind, one copy per attempt. Runs where the failure settles (the retry pool).
            outcome.whenComplete((result, fault) -> {
                if (!(result instanceof IngestOutcome.Accepted)) {
                    media.discard(agentMessage.media());
                }
            });
        }
        return outcome;
    }

    private CompletableFuture<IngestOutcome> publish(PublishableEvent event, Trace trace, boolean mediaDegraded,
                                                     Deadline deadline) {
        // Unconfirmed by the deadline is still "broker unavailable": a 503 with Retry-After asks Genesys to retry,
        // where a 504 would not say that a retry can succeed.
        return publishing.publish(event, deadline).thenApply(confirmed -> confirmed
                ? new IngestOutcome.Accepted(trace, mediaDegraded)
                : new IngestOutcome.Unavailable(trace, "rabbitmq"));
    }

    private static CompletableFuture<IngestOutcome> done(IngestOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }

    private static StatusUpdate statusUpdate(StatusEvent status, TenantResolver.Resolved owner) {
        return new StatusUpdate(owner.tenant().id(), owner.integrationId(), status.id(), status.originalMessageId(),
                status.status(), status.time(), status.isFinalReceipt(), status.reasons(), status.conversationId());
    }
}
