package io.coverkit.api;

import io.coverkit.annotations.API;
import io.coverkit.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A library that services keep in use while analysts publish new policy files: {@link #reload()}
 * reads the folder again and puts every file that loaded cleanly into service. A file that now has
 * errors keeps its last good version in service (and the reload returns its diagnostics), so a
 * mistake in one file never takes the other guidelines, or the previous version of that one, out
 * of service. Thread-safe: deciding threads read {@link #current()} while another thread reloads.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReloadingLibrary {

    /**
     * What a reload did.
     *
     * @param applied true when every file's new version is in service (no file has errors)
     * @param diagnostics every diagnostic of the attempted load, errors included when not applied
     * @param kept the guidelines whose files now have errors, kept in service at their last good version
     */
    public record Reload(boolean applied, List<Diagnostic> diagnostics, List<String> kept) {
        public Reload {
            diagnostics = List.copyOf(diagnostics);
            kept = List.copyOf(kept);
        }
    }

    private final Path folder;
    private final Path cacheFolder;
    private final AtomicReference<GuidelineLibrary> current;

    private ReloadingLibrary(Path folder, Path cacheFolder) {
        this.folder = folder;
        this.cacheFolder = cacheFolder;
        this.current = new AtomicReference<>(read());
    }

    /**
     * Loads {@code folder} for the first time. As with {@link GuidelineLibrary#load(Path)}, files
     * with errors are left out and the others served: at start there is no earlier set to keep.
     */
    public static ReloadingLibrary load(Path folder) {
        return new ReloadingLibrary(folder, null);
    }

    /**
     * As {@link #load(Path)}, keeping validated models in {@code cacheFolder} keyed by source digest,
     * so a reload parses only the files that changed (parsing dominates loading).
     */
    public static ReloadingLibrary load(Path folder, Path cacheFolder) {
        return new ReloadingLibrary(folder, cacheFolder);
    }

    private GuidelineLibrary read() {
        return cacheFolder == null ? GuidelineLibrary.load(folder) : GuidelineLibrary.loadCached(folder, cacheFolder);
    }

    /** The set in service now; hold on to it for the whole of one decision. */
    public GuidelineLibrary current() {
        return current.get();
    }

    /**
     * Reads the folder again and puts what loaded into service; a guideline whose file now has
     * errors stays in service at its last good version.
     */
    public synchronized Reload reload() {
        GuidelineLibrary next = read();
        if (!next.hasErrors()) {
            current.set(next);
            return new Reload(true, next.diagnostics(), List.of());
        }
        GuidelineLibrary.Kept kept = next.keepingLastGood(current.get());
        current.set(kept.library());
        return new Reload(false, next.diagnostics(), kept.ids());
    }

    /** Decides a JSON request under the set in service. */
    public Decision decideJson(String json) {
        return current().decideJson(json);
    }
}
