package com.ccplatform.webhook.adapter.tenant;

import com.ccplatform.webhook.application.port.Deadline;
import com.ccplatform.webhook.application.port.out.DependencyUnavailableException;
import com.ccplatform.webhook.application.port.out.HealthProbe;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls to one dependency through its circuit breaker and a short retry, each attempt bounded by the smaller of
 * the dependency's timeout and the time the request has left. Faults leave as {@link DependencyUnavailableException};
 * only dependency faults ({@link ServiceFault#isDependencyFault}) count towards opening the breaker.
 */
final class CircuitGuard {

    /** One attempt of the call, given the time it may take. */
    interface Attempt<T> {
        T run(Duration timeout) throws ServiceFault;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CircuitGuard.class);
    private static final Duration RETRY_DELAY = Duration.ofMillis(50);
    /** A retry with less time than this left would only add a timeout to the failure. */
    private static final Duration WORTHWHILE_ATTEMPT = Duration.ofMillis(100);

    private final String dependency;
    private final Duration timeout;
    private final CircuitBreaker<Object> breaker;

    CircuitGuard(String dependency, Duration timeout, BreakerSettings settings) {
        this.dependency = dependency;
        this.timeout = timeout;
        // Only the dependency's own faults count. Failsafe records any other outcome as a success, an answered 4xx
        // or malformed body included: the dependency did answer, as with a 404. In half-open that success also
        // hands the trial permit back and closes the breaker, so no permit can leak.
        this.breaker = CircuitBreaker.builder()
                .handleIf(e -> e instanceof ServiceFault && ((ServiceFault) e).isDependencyFault())
                .withFailureThreshold(settings.failureThreshold())
                .withDelay(settings.openFor())
                .withSuccessThreshold(1)
                .onOpen(e -> LOG.warn("{} circuit breaker opened after repeated failures", dependency))
                .onHalfOpen(e -> LOG.info("{} circuit breaker half-open: trying the service again", dependency))
                .onClose(e -> LOG.info("{} circuit breaker closed", dependency))
                .build();
    }

    /**
     * Calls through the breaker. An attempt that fails with a kind in {@code retryOn} is tried once more, after a
     * short pause, when the deadline leaves room for it.
     */
    <T> T call(Deadline deadline, Set<ServiceFault.Kind> retryOn, Attempt<T> attempt)
            throws DependencyUnavailableException {
        // Too little time for a real answer says nothing about the dependency: fail now, outside the breaker, so a
        // client that spends its own deadline (a trickled body) can never time lookups out into opening it.
        if (deadline.remaining().compareTo(WORTHWHILE_ATTEMPT) < 0) {
            throw new DependencyUnavailableException(dependency, "too little time left before the request's deadline");
        }
        RetryPolicy<Object> retry = RetryPolicy.builder()
                .handleIf(e -> e instanceof ServiceFault && retryOn.contains(((ServiceFault) e).kind()))
                .abortIf((result, e) -> e != null
                        && deadline.remaining().compareTo(RETRY_DELAY.plus(WORTHWHILE_ATTEMPT)) < 0)
                .withMaxRetries(retryOn.isEmpty() ? 0 : 1)
                .withDelay(RETRY_DELAY)
                .build();
        try {
            return Failsafe.with(retry, breaker).get(() -> attempt.run(attemptTimeout(deadline)));
        } catch (CircuitBreakerOpenException e) {
            throw new DependencyUnavailableException(dependency, "circuit breaker open");
        } catch (FailsafeException e) {
            throw unavailable(e.getCause() == null ? e : e.getCause());
        }
    }

    private Duration attemptTimeout(Deadline deadline) {
        Duration left = deadline.remaining();
        Duration bounded = left.compareTo(timeout) < 0 ? left : timeout;
        return bounded.isZero() ? Duration.ofMillis(1) : bounded;
    }

    private DependencyUnavailableException unavailable(Throwable cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new DependencyUnavailableException(dependency, "interrupted", cause);
        }
        return new DependencyUnavailableException(dependency, String.valueOf(cause.getMessage()), cause);
    }

    BreakerState state() {
        switch (breaker.getState()) {
            case OPEN:
                return BreakerState.OPEN;
            case HALF_OPEN:
                return BreakerState.HALF_OPEN;
            default:
                return BreakerState.CLOSED;
        }
    }

    /** Healthy while the breaker lets calls through; open means the dependency failed repeatedly just now. */
    HealthProbe probe() {
        return new HealthProbe() {
            @Override
            public String name() {
                return dependency;
            }

            @Override
            public ProbeResult check() {
                switch (state()) {
                    case OPEN:
                        return ProbeResult.down("circuit open: failing fast for another "
                                + breaker.getRemainingDelay().toSeconds() + " s");
                    case HALF_OPEN:
                        return ProbeResult.up("circuit half-open: trying the service again");
                    default:
                        return ProbeResult.up("circuit closed");
                }
            }
        };
    }
}
