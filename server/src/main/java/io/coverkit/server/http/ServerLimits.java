package io.coverkit.server.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What the server bounds, so that one client cannot hold it: the size of a request body, how long
 * an idle connection is kept, how long a handler may take before the client is answered 503, and
 * how long a graceful stop waits for requests in flight.
 *
 * @param maxBodyBytes the largest request body accepted; a larger one is answered 413 before it is read
 * @param idleTimeout how long a connection may stay silent before it is closed
 * @param requestDeadline how long an endpoint may work on one request before the client gets a 503
 * @param stopTimeout how long a graceful stop waits for requests in flight
 * @param handlerThreads the most requests worked on at once; more wait on the server's own threads
 */
public record ServerLimits(long maxBodyBytes, Duration idleTimeout, Duration requestDeadline, Duration stopTimeout, int handlerThreads) {

    /** One mebibyte: a CDS Hooks order-sign request with its prefetch is tens of kilobytes. */
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public ServerLimits {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the largest body must be at least one byte, not " + maxBodyBytes);
        }
        positive(idleTimeout, "the idle timeout");
        positive(requestDeadline, "the request deadline");
        Objects.requireNonNull(stopTimeout, "the stop timeout");
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("the stop timeout cannot be negative");
        }
        if (handlerThreads < 1) {
            throw new IllegalArgumentException("at least one handler thread is needed, not " + handlerThreads);
        }
    }

    /** 1 MiB bodies, 30 s idle connections, a 10 s deadline per request, 15 s to finish on stop, 64 handler threads. */
    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_BODY, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(15), 64);
    }

    /** These limits with another largest body. */
    public ServerLimits withMaxBodyBytes(long bytes) {
        return new ServerLimits(bytes, idleTimeout, requestDeadline, stopTimeout, handlerThreads);
    }

    /** These limits with another idle timeout. */
    public ServerLimits withIdleTimeout(Duration timeout) {
        return new ServerLimits(maxBodyBytes, timeout, requestDeadline, stopTimeout, handlerThreads);
    }

    /** These limits with another request deadline. */
    public ServerLimits withRequestDeadline(Duration deadline) {
        return new ServerLimits(maxBodyBytes, idleTimeout, deadline, stopTimeout, handlerThreads);
    }

    /** These limits with another stop timeout. */
    public ServerLimits withStopTimeout(Duration timeout) {
        return new ServerLimits(maxBodyBytes, idleTimeout, requestDeadline, timeout, handlerThreads);
    }

    private static void positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, not " + d);
        }
    }
}
