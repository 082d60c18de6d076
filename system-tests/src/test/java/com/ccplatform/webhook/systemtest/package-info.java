/**
 * System tests: the service as wired by bootstrap (in-process, or as a child JVM where a signal or a restart is the
 * point), driven over real HTTP against a real broker, a real S3 API and loopback stand-ins for the platform.
 */
package com.ccplatform.webhook.systemtest;
