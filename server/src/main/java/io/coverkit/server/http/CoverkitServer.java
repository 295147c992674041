package io.coverkit.server.http;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.CdsServices;
import io.coverkit.server.DtrOperations;
import io.coverkit.server.GuidelinePages;
import io.coverkit.server.ResponseCheck;
import io.coverkit.server.StandardEndpoints;
import io.coverkit.server.security.Authenticator;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coverkit's HTTP server: the CRD (CDS Hooks) services, the DTR operations and the rendered
 * guidelines on Javalin (Jetty 12), embeddable in a service or run by {@code coverkit serve}.
 *
 * <pre>{@code
 * CoverkitServer server = CoverkitServer.builder()
 *         .port(0)
 *         .library(() -> library)
 *         .endpoints(baseUrl -> StandardEndpoints.create(() -> library, baseUrl, Clock.systemUTC()))
 *         .authenticator(authenticator)
 *         .build()
 *         .start();
 * int port = server.port();
 * }</pre>
 *
 * <p>Every error reply is JSON: a CDS Hooks-style {@code {"error", "status"}} body, or a FHIR
 * OperationOutcome under {@code /fhir/}; none carries a stack trace or internal detail (a failure of
 * the server itself is logged with an incident id, which is all the client is told).
 */
public final class CoverkitServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoverkitServer.class);
    private static final String VERSION = "coverkit 0.1.0";

    private final Builder settings;
    private final DeadlineRunner runner;
    private final SelfCheck selfCheck;
    // false when no response is ever checked: warming up then leaves the profile checker unloaded
    private final boolean checksResponses;
    private final Javalin app;
    private volatile StandardEndpoints endpoints;
    private volatile String baseUrl;
    private volatile boolean stopped;

    private CoverkitServer(Builder b) {
        this.settings = b;
        this.runner = new DeadlineRunner(b.limits.handlerThreads(), b.limits.requestDeadline());
        // the check comes with the endpoints, which are made at start
        this.checksResponses = b.selfCheckEvery > 0;
        this.selfCheck = new SelfCheck(json -> endpoints == null ? List.of() : endpoints.check().problems(json), b.selfCheckQueue, b.selfCheckEvery);
        Routes routes = new Routes(() -> endpoints, b.library, b.authenticator, () -> baseUrl, runner, selfCheck, b.baselineResponse, VERSION);
        this.app = Javalin.create(config -> configure(config, routes));
    }

    /** A builder; host 127.0.0.1, port 8080, {@link ServerLimits#defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    private void configure(JavalinConfig config, Routes routes) {
        ServerLimits limits = settings.limits;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = limits.maxBodyBytes();
        config.jetty.addConnector((server, httpConfiguration) -> {
            httpConfiguration.setSendServerVersion(false);
            httpConfiguration.setSendXPoweredBy(false);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
            connector.setHost(settings.host);
            connector.setPort(settings.port);
            connector.setIdleTimeout(limits.idleTimeout().toMillis());
            return connector;
        });
        config.jetty.modifyServer(server -> {
            // Outermost first: a graceful stop waits for requests in flight; the size limit refuses a
            // body by its Content-Length before it is read, and stops a chunked one at the limit.
            server.insertHandler(new GracefulHandler());
            server.insertHandler(new SizeLimitHandler(limits.maxBodyBytes(), -1));
            server.setStopTimeout(limits.stopTimeout().toMillis());
            server.setErrorHandler(new JsonErrorHandler());
        });
        // Browsers call discovery (CDS Hooks sandboxes and SMART apps); no credentials ride on cookies.
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            rule.anyHost();
            rule.maxAge = 600;
        }));
        routes.register(config.routes);
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            Routes.send(ctx, ErrorReplies.forPath(ctx.path(), status, describe(status, ctx)));
        });
        config.routes.exception(Exception.class, this::incident);
        config.routes.error(404, ctx -> unanswered(ctx, 404));
        config.routes.error(405, ctx -> unanswered(ctx, 405));
    }

    private static void unanswered(Context ctx, int status) {
        if (!Boolean.TRUE.equals(ctx.attribute(Routes.ANSWERED))) {
            Routes.send(ctx, ErrorReplies.forPath(ctx.path(), status, describe(status, ctx)));
        }
    }

    static String describe(int status, Context ctx) {
        switch (status) {
            case 404:
                return "no such resource: " + ctx.method() + " " + ctx.path();
            case 405:
                return ctx.method() + " is not allowed on " + ctx.path();
            case 413:
                return "the request body is larger than the server accepts";
            default:
                return "the request cannot be served (HTTP " + status + ")";
        }
    }

    private void incident(Exception e, Context ctx) {
        // A body that outgrows the limit while it is read (sent chunked, with no length to refuse it
        // by) fails the read with Jetty's own status; that is the client's error, not an incident.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException && ((HttpException) t).getCode() >= 400 && ((HttpException) t).getCode() < 500) {
                int status = ((HttpException) t).getCode();
                Routes.send(ctx, ErrorReplies.forPath(ctx.path(), status, describe(status, ctx)));
                return;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("incident {}: {} {} failed", incident, ctx.method(), ctx.path(), e);
        Routes.send(ctx, ErrorReplies.forPath(ctx.path(), 500, "the server failed to answer; incident " + incident));
    }

    /** Starts listening; returns once the port is bound and the endpoints are made. */
    public CoverkitServer start() {
        app.start();
        this.baseUrl = settings.baseUrl != null ? stripSlash(settings.baseUrl) : "http://" + hostForUrl(settings.host) + ":" + port();
        this.endpoints = settings.endpoints.apply(baseUrl);
        return this;
    }

    /**
     * Makes the endpoints do their first, slow work (FHIR structures, the profile checker) on a
     * background thread, so the server listens at once and the first client does not pay for it.
     */
    public void warmUp() {
        StandardEndpoints made = endpoints;
        if (made == null) {
            throw new IllegalStateException("start the server before warming it up");
        }
        Thread warm = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                made.cds().discovery();
                if (checksResponses) {
                    made.check().problems("{\"cards\":[],\"systemActions\":[]}");
                }
                LOG.info("warmed up in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("warming up failed (the first requests will be slower): {}", e.toString());
            }
        }, "coverkit-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** The port listened on (the real one when {@code port(0)} asked for any free port). */
    public int port() {
        return app.port();
    }

    /** The public base URL: {@code --base-url}, else {@code http://HOST:PORT}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Hook responses the self-check could not take because its queue was full. */
    public long selfCheckDrops() {
        return selfCheck.dropped();
    }

    /** Hook responses the self-check's sampling left unchecked. */
    public long selfCheckSkipped() {
        return selfCheck.skipped();
    }

    /** Hook responses the self-check has checked. */
    public long selfChecked() {
        return selfCheck.checked();
    }

    /**
     * Stops gracefully: no new connections are accepted, requests in flight complete (for up to
     * the stop timeout), then the server stops. Idempotent.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        app.stop();
        runner.close();
        selfCheck.close();
    }

    @Override
    public void close() {
        stop();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String hostForUrl(String host) {
        if (host == null || host.isEmpty() || host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Settings of a {@link CoverkitServer}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private String baseUrl;
        private Function<String, StandardEndpoints> endpoints;
        private Supplier<GuidelineLibrary> library;
        private Authenticator authenticator;
        private ServerLimits limits = ServerLimits.defaults();
        private byte[] baselineResponse;
        private int selfCheckQueue = 256;
        private int selfCheckEvery = 1;

        private Builder() {}

        /** The interface to listen on; 127.0.0.1 unless told otherwise. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 for any free one ({@link CoverkitServer#port()} tells which). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** The public base URL clients reach this server by (links, canonicals and token audiences use it). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The endpoints, made once the base URL is known (it contains the port, which may be chosen at start). */
        public Builder endpoints(Function<String, StandardEndpoints> endpoints) {
            this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
            return this;
        }

        /** The four endpoint objects, made already. */
        public Builder endpoints(CdsServices cds, DtrOperations dtr, GuidelinePages pages, ResponseCheck check) {
            StandardEndpoints made = new StandardEndpoints(cds, dtr, pages, check);
            return endpoints(baseUrl -> made);
        }

        /** The library in service now ({@code /health} reports on it); a reloading server passes its current one. */
        public Builder library(Supplier<GuidelineLibrary> library) {
            this.library = Objects.requireNonNull(library, "library");
            return this;
        }

        /** Who may call the hook services and the FHIR operations; {@link Authenticator#open()} for development only. */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /** Body size, timeouts and handler threads. */
        public Builder limits(ServerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Serves {@code POST /baseline/cds-services/{id}}: the body is parsed as JSON and these bytes
         * are returned unchanged, the yardstick a load test compares the real services with.
         */
        public Builder baselineResponse(byte[] response) {
            this.baselineResponse = response == null ? null : response.clone();
            return this;
        }

        /** How many hook responses may wait for the self-check before more are dropped. */
        public Builder selfCheckQueue(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("the self-check queue holds at least one response");
            }
            this.selfCheckQueue = capacity;
            return this;
        }

        /**
         * Which hook responses the self-check checks: each service's first, then one in
         * {@code every}; 1 (the default) checks all, 0 none.
         */
        public Builder selfCheckEvery(int every) {
            if (every < 0) {
                throw new IllegalArgumentException("the self-check checks one response in N, N >= 0 (0: none), not " + every);
            }
            this.selfCheckEvery = every;
            return this;
        }

        /** The server, not yet started. */
        public CoverkitServer build() {
            if (endpoints == null) {
                throw new IllegalStateException("the server needs its endpoints: call endpoints(...)");
            }
            if (library == null) {
                throw new IllegalStateException("the server needs its library: call library(...)");
            }
            if (authenticator == null) {
                throw new IllegalStateException("the server needs an authenticator: trusted issuers, or Authenticator.open() for development");
            }
            return new CoverkitServer(this);
        }
    }
}
