package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.bundle.BundleException;
import io.coverkit.bundle.BundleKeys;
import io.coverkit.server.StandardEndpoints;
import io.coverkit.server.fhir.FhirMapping;
import io.coverkit.server.http.CoverkitServer;
import io.coverkit.server.http.ServedLibrary;
import io.coverkit.server.http.ServerLimits;
import io.coverkit.server.security.Authenticator;
import io.coverkit.server.security.JkuKeys;
import io.coverkit.server.security.JwtAuthenticator;
import io.coverkit.server.security.TrustedIssuers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code coverkit serve}: the Da Vinci CRD (CDS Hooks) services and the DTR operations over the
 * policies (or a bundle), reloaded as they change, until the process is stopped (SIGTERM or
 * Ctrl-C stop it gracefully: requests in flight complete). Prints one line,
 * {@code listening on http://HOST:PORT}, on standard output once it answers. Hook calls and FHIR
 * operations need a CDS Hooks JWT from a trusted issuer unless {@code --insecure-dev} turns that off.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Serve the guidelines as Da Vinci CRD (CDS Hooks) services and DTR questionnaires over HTTP.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "the port to listen on (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "the interface to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @CommandLine.Mixin
    LibraryOptions guidelines;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the URL clients reach this server by, for links, questionnaire canonicals and token audiences (default: http://HOST:PORT)")
    String baseUrl;

    @Option(names = "--insecure-dev", description = "turn bearer-token authentication off (development only; says so on standard error)")
    boolean insecureDev;

    @Option(names = "--trusted-issuer", paramLabel = "ISS", description = "accept CDS Hooks tokens from this issuer (iss), verified with the keys of --jwks; repeatable")
    List<String> trustedIssuers = new ArrayList<>();

    @Option(names = "--jwks", paramLabel = "FILE", description = "the public keys (a JSON Web Key Set) of the --trusted-issuer issuers")
    Path jwks;

    @Option(names = "--trust", paramLabel = "FILE", description = "trusted issuers, each with its own JWKS file and allowed jku URLs (JSON; see the README)")
    Path trust;

    @Option(names = "--fhir-mapping", paramLabel = "FILE",
            description = "how FHIR resources become coverage requests, over the defaults (JSON; see docs/crd.md)")
    Path fhirMapping;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576", description = "the largest request body accepted (default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--reload-interval", paramLabel = "DURATION", defaultValue = "2s", converter = DurationOption.class,
            description = "how often the policies (or bundle) are checked for changes (default: ${DEFAULT-VALUE})")
    Duration reloadInterval;

    @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationOption.class,
            description = "how long one request may take before it is answered 503 (default: ${DEFAULT-VALUE})")
    Duration requestTimeout;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationOption.class,
            description = "how long an idle connection is kept open (default: ${DEFAULT-VALUE})")
    Duration idleTimeout;

    @Option(names = "--self-check-every", paramLabel = "N", defaultValue = "1000",
            description = "check each service's first hook response against the CRD profiles, then one in N (1: all; 0: none; default: ${DEFAULT-VALUE}); problems are logged, never sent")
    int selfCheckEvery;

    // The load test's yardstick: POST /baseline/cds-services/{id} parses the hook and answers this file's bytes.
    @Option(names = "--baseline-response", paramLabel = "FILE", hidden = true)
    Path baselineResponse;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerLogging.configure();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LibrarySource source = guidelines.source();
        if (source.conflict().isPresent()) {
            err.println(source.conflict().get());
            return LibrarySource.BAD_OPTION;
        }
        Authenticator authenticator;
        try {
            authenticator = authenticator(err);
        } catch (TrustedIssuers.TrustException e) {
            err.println(e.getMessage());
            return LibrarySource.BAD_OPTION;
        }
        if (authenticator == null) {
            return LibrarySource.BAD_OPTION;
        }
        ServerLimits limits;
        try {
            limits = ServerLimits.defaults().withMaxBodyBytes(maxBody).withRequestDeadline(requestTimeout).withIdleTimeout(idleTimeout);
        } catch (IllegalArgumentException e) {
            err.println("--max-body: " + e.getMessage());
            return LibrarySource.BAD_OPTION;
        }
        byte[] baseline = null;
        if (baselineResponse != null) {
            if (!Files.isRegularFile(baselineResponse)) {
                err.println("--baseline-response: " + baselineResponse + ": no such file");
                return LibrarySource.BAD_OPTION;
            }
            baseline = Files.readAllBytes(baselineResponse);
        }
        if (selfCheckEvery < 0) {
            err.println("--self-check-every: N is 0 (no check), 1 (every response) or more, not " + selfCheckEvery);
            return LibrarySource.BAD_OPTION;
        }
        FhirMapping mapping;
        try {
            mapping = fhirMapping == null ? FhirMapping.defaults() : FhirMapping.read(fhirMapping);
        } catch (IllegalArgumentException e) {
            err.println("--fhir-mapping: " + e.getMessage());
            return LibrarySource.BAD_OPTION;
        }
        if (!sourceExists(err)) {
            return 1;
        }
        PublicKey key;
        try {
            key = guidelines.bundleKey == null ? null : BundleKeys.readPublicKey(guidelines.bundleKey);
        } catch (BundleException e) {
            err.println("--bundle-key: " + e.getMessage());
            return LibrarySource.BAD_OPTION;
        }
        // The library loads while Jetty starts: on two cores the two overlap, and the server listens sooner.
        CompletableFuture<ServedLibrary> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loading.complete(library(key));
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "coverkit-load");
        loader.setDaemon(true);
        loader.start();
        Supplier<GuidelineLibrary> current = () -> loading.join().get();
        CoverkitServer server = CoverkitServer.builder().host(host).port(port).baseUrl(baseUrl).limits(limits).library(current)
                .authenticator(authenticator).baselineResponse(baseline).selfCheckEvery(selfCheckEvery)
                .endpoints(url -> StandardEndpoints.create(current, url, Clock.systemUTC(), mapping)).build();
        try {
            server.start();
        } catch (RuntimeException e) {
            loading.thenAccept(ServedLibrary::close);
            if (causedByBind(e)) {
                err.println("serve: cannot listen on " + host + ":" + port + ": the port is in use or not allowed; choose another with --port");
                return 1;
            }
            throw e;
        }
        ServedLibrary library;
        try {
            library = loading.join();
        } catch (CompletionException e) {
            server.stop();
            if (e.getCause() instanceof BundleException) {
                err.println(e.getCause().getMessage());
                return 1;
            }
            throw e;
        }
        PolicyFolders.reportBroken(library.get(), err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            library.close();
            stopped.countDown();
        }, "coverkit-shutdown"));
        if (authenticator.isOpen()) {
            err.println("coverkit serve: WARNING: --insecure-dev: authentication is off; anyone who reaches this port may call every endpoint");
            err.flush();
        }
        out.println("listening on http://" + urlHost(host) + ":" + server.port());
        out.flush();
        library.watch(reloadInterval);
        server.warmUp();
        stopped.await();
        return 0;
    }

    // null (after saying why on err) when authentication is neither configured nor turned off
    private Authenticator authenticator(PrintWriter err) throws TrustedIssuers.TrustException {
        boolean issuers = !trustedIssuers.isEmpty();
        if (insecureDev) {
            if (issuers || jwks != null || trust != null) {
                err.println("--insecure-dev: turns authentication off, so --trusted-issuer, --jwks and --trust cannot go with it");
                return null;
            }
            return Authenticator.open();
        }
        if (trust != null && (issuers || jwks != null)) {
            err.println("--trust: names every trusted issuer with its keys, so --trusted-issuer and --jwks cannot go with it");
            return null;
        }
        TrustedIssuers trusted;
        if (trust != null) {
            trusted = TrustedIssuers.read(trust);
        } else if (issuers && jwks != null) {
            trusted = TrustedIssuers.of(trustedIssuers, jwks);
        } else {
            err.println("serve: hook calls need CDS Hooks bearer tokens from trusted issuers: give --trusted-issuer ISS and --jwks FILE"
                    + " (or --trust FILE), or --insecure-dev to turn authentication off for development");
            return null;
        }
        return new JwtAuthenticator(trusted, new JkuKeys(Clock.systemUTC()), Clock.systemUTC());
    }

    // false (after saying why on err) when the policies folder or the bundle file is missing
    private boolean sourceExists(PrintWriter err) {
        Path folder = guidelines.bundle != null ? guidelines.bundle : guidelines.policies == null ? PolicyFolders.defaultPolicies() : guidelines.policies;
        boolean exists = guidelines.bundle != null ? Files.isRegularFile(folder) : Files.isDirectory(folder);
        if (!exists) {
            err.println(folder + ": error: no such " + (guidelines.bundle != null ? "file" : "folder"));
        }
        return exists;
    }

    // the library, read now; a refused bundle throws BundleException
    private ServedLibrary library(PublicKey key) {
        if (guidelines.bundle == null) {
            return ServedLibrary.policies(guidelines.policies == null ? PolicyFolders.defaultPolicies() : guidelines.policies, cacheFolder());
        }
        return ServedLibrary.bundle(guidelines.bundle, key);
    }

    private static Path cacheFolder() {
        String cache = System.getProperty("coverkit.cache");
        return cache == null || cache.isBlank() ? null : Path.of(cache);
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.isEmpty()) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
