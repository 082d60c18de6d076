/**
 * The quick start's stand-ins for the real dependencies, so the service runs with a JDK alone: an AMQP 0-9-1 broker in
 * the JVM ({@link com.ccplatform.webhook.adapter.embedded.EmbeddedAmqpBroker}, Qpid Broker-J, in memory), tenants from
 * a file ({@link com.ccplatform.webhook.adapter.embedded.FileTenantDirectory}), media in a local directory with
 * {@code file:} URLs ({@link com.ccplatform.webhook.adapter.embedded.LocalDirectoryMediaStore}) and no media tokens
 * ({@link com.ccplatform.webhook.adapter.embedded.UnconfiguredAccessTokens}).
 *
 * <p>None of them is fit for a deployment: the broker loses every event when the process stops, and {@code file:} URLs
 * mean nothing to another machine. So they live apart from the production adapters, which never depend on this
 * module, and bootstrap reaches them from one class only, when ENVIRONMENT allows (architecture-tests enforce both).
 */
package com.ccplatform.webhook.adapter.embedded;
