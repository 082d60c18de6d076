package com.ccplatform.webhook.application.port.out;

/** A dependency failed, timed out or is shut off by its circuit breaker: the request may succeed when retried. */
public class DependencyUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String dependency;

    public DependencyUnavailableException(String dependency, String message, Throwable cause) {
        super(dependency + ": " + message, cause);
        this.dependency = dependency;
    }

    public DependencyUnavailableException(String dependency, String message) {
        this(dependency, message, null);
    }

    /** The dependency's short name (`tenant-service`, `auth-service`, `rabbitmq`...). */
    public String dependency() {
        return dependency;
    }
}
