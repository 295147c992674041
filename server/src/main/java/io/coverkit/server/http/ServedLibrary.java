package io.coverkit.server.http;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.api.ReloadingLibrary;
import io.coverkit.bundle.BundleException;
import io.coverkit.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guideline library a server serves, reloaded while it runs: a policies folder or a bundle
 * file is polled, and when what it holds changes the new set is read and swapped in atomically. A
 * request holds the library it started with to its end. What does not load is never swapped in: a
 * policy file with errors keeps its guideline's last good version in service (the other files'
 * changes apply), a damaged bundle keeps the last good bundle; either way one line says why.
 */
public final class ServedLibrary implements Supplier<GuidelineLibrary>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServedLibrary.class);

    private final String what;
    private final Supplier<GuidelineLibrary> current;
    private final Supplier<String> fingerprint;
    private final Reloader reloader;
    private final ScheduledExecutorService poller;
    private volatile Consumer<String> log = LOG::info;
    private volatile String lastSeen;

    private interface Reloader {
        /** Reads the source again, swaps in what loaded; returns the line to log. */
        String reload();
    }

    // `seen` is taken before the first load, so a change made while it loads is reloaded at the first poll.
    private ServedLibrary(String what, String seen, Supplier<GuidelineLibrary> current, Supplier<String> fingerprint, Reloader reloader) {
        this.what = what;
        this.current = current;
        this.fingerprint = fingerprint;
        this.reloader = reloader;
        this.lastSeen = seen;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "coverkit-reload");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A policies folder, read now. Models validated before are reused from {@code cacheFolder} when
     * it is given (null: none), so a reload parses only the files that changed.
     */
    public static ServedLibrary policies(Path folder, Path cacheFolder) {
        String seen = Fingerprint.ofPolicies(folder);
        ReloadingLibrary library = cacheFolder == null ? ReloadingLibrary.load(folder) : ReloadingLibrary.load(folder, cacheFolder);
        Reloader reloader = () -> {
            ReloadingLibrary.Reload r = library.reload();
            int count = library.current().guidelineIds().size();
            if (r.applied()) {
                return "reload: applied " + folder + " (" + count + " guidelines in service)";
            }
            return "reload: kept the last good version of " + (r.kept().isEmpty() ? "no guideline" : String.join(", ", r.kept()))
                    + " because " + firstErrors(r.diagnostics()) + " (" + count + " guidelines in service)";
        };
        return new ServedLibrary(folder.toString(), seen, library::current, () -> Fingerprint.ofPolicies(folder), reloader);
    }

    /** A bundle file, read now; its signature is verified with {@code key} when one is given (null: not checked). */
    public static ServedLibrary bundle(Path file, PublicKey key) {
        String seen = Fingerprint.ofFile(file);
        AtomicReference<GuidelineLibrary> library = new AtomicReference<>(GuidelineLibrary.fromBundle(file, key));
        Reloader reloader = () -> {
            try {
                GuidelineLibrary next = GuidelineLibrary.fromBundle(file, key);
                library.set(next);
                return "reload: applied " + file + " (" + next.guidelineIds().size() + " guidelines in service)";
            } catch (BundleException e) {
                return "reload: kept the last good bundle because " + e.getMessage().lines().findFirst().orElse("it cannot be read");
            }
        };
        return new ServedLibrary(file.toString(), seen, library::get, () -> Fingerprint.ofFile(file), reloader);
    }

    /** A library that never changes (an embedding service's, or a test's). */
    public static ServedLibrary fixed(GuidelineLibrary library) {
        Objects.requireNonNull(library, "library");
        return new ServedLibrary("a fixed library", "", () -> library, () -> "", () -> "reload: nothing to reload");
    }

    // The errors of a failed reload, file:line:col first, at most three.
    private static String firstErrors(List<Diagnostic> diagnostics) {
        List<String> errors = diagnostics.stream().filter(Diagnostic::isError)
                .map(d -> d.at() + ": error[" + d.code().name() + "]: " + d.message().strip().replaceAll("\\s*\\R\\s*", " ")).toList();
        if (errors.isEmpty()) {
            return "a file cannot be read";
        }
        String shown = String.join("; ", errors.subList(0, Math.min(3, errors.size())));
        return errors.size() > 3 ? shown + "; and " + (errors.size() - 3) + " more" : shown;
    }

    /** The library in service now; a request keeps the one it got for its whole life. */
    @Override
    public GuidelineLibrary get() {
        return current.get();
    }

    /** Where the log lines of reloads go (by default the server's log, at INFO). */
    public ServedLibrary onReload(Consumer<String> lines) {
        this.log = Objects.requireNonNull(lines, "lines");
        return this;
    }

    /** Polls the source every {@code interval} and reloads it when it changed. */
    public ServedLibrary watch(Duration interval) {
        long millis = Math.max(1, interval.toMillis());
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Reloads now if the source changed since it was last read; true when it had. */
    public boolean poll() {
        try {
            String now = fingerprint.get();
            if (now.equals(lastSeen)) {
                return false;
            }
            lastSeen = now;
            log.accept(reloader.reload());
            return true;
        } catch (RuntimeException e) {
            // the poller must outlive a bad moment (a folder briefly missing while it is replaced)
            log.accept("reload: kept what is in service because " + what + " cannot be read now: " + e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
