package io.coverkit.api;

import io.coverkit.annotations.API;
import io.coverkit.bundle.Bundle;
import io.coverkit.bundle.BundleException;
import io.coverkit.bundle.BundleReader;
import io.coverkit.bundle.BundledGuideline;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.eval.Evaluator;
import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The entry point for services: load policy files once, then decide requests from many threads.
 * Immutable after loading.
 *
 * <p>Files are isolated from each other: a file with errors (or one coverkit fails on) is left out
 * with its diagnostics, and every other file loads and decides regardless. The guideline such a
 * file declares (the id it was read to, else its file name, as each file is named after its
 * guideline) is unavailable: a request for it is refused with a message naming the file.
 */
@API(status = API.Status.STABLE)
public final class GuidelineLibrary {

    private final Map<String, OnDemandEvaluator> evaluators;
    private final List<Diagnostic> diagnostics;
    // The file each loaded guideline came from, and the file that left each unavailable one out.
    private final Map<String, String> sources;
    private final Map<String, String> unavailable;

    private GuidelineLibrary(Map<String, OnDemandEvaluator> evaluators, List<Diagnostic> diagnostics, Map<String, String> sources,
            Map<String, String> unavailable) {
        this.evaluators = Map.copyOf(evaluators);
        this.diagnostics = List.copyOf(diagnostics);
        this.sources = Map.copyOf(sources);
        this.unavailable = Map.copyOf(unavailable);
    }

    /**
     * Loads every {@code *.groovy} policy file under {@code directory} (sorted, recursively). Reading
     * policy files needs {@code coverkit-dsl} on the class path; a service that should not carry the
     * DSL deploys a bundle instead.
     */
    public static GuidelineLibrary load(Path directory) {
        return load(policyFiles(directory));
    }

    /** The policy files under a directory, or the path itself when it is a file. */
    public static List<Path> policyFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        // A visitor rather than Files.walk and a stream: every command lists the policies first,
        // in a fresh JVM where a stream pipeline costs more than the walk.
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.toString().endsWith(".groovy") && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list policy files under " + path, e);
        }
        Collections.sort(files);
        return List.copyOf(files);
    }

    /** Loads the given policy files. */
    public static GuidelineLibrary load(List<Path> files) {
        return PolicyLoader.installed().load(files, null);
    }

    /**
     * Loads one policy from a stream (which is not closed), as {@link #load(Path)} loads a file:
     * errors leave the guideline out, with diagnostics naming {@code name}.
     *
     * @param name what diagnostics name as the file
     * @throws IOException when the stream cannot be read
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary load(String name, InputStream in) throws IOException {
        return read(List.of(PolicySource.read(name, in)));
    }

    /**
     * Loads policy files packaged as class-path resources, such as {@code policies/04-77260-19.groovy}
     * in a service's own jar; diagnostics name each resource.
     *
     * @param loader the class loader that holds them
     * @param resourceNames the resources' names (no leading slash)
     * @throws NoSuchFileException naming a resource that is not there
     * @throws IOException when a resource cannot be read
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary loadResources(ClassLoader loader, String... resourceNames) throws IOException {
        List<PolicySource> sources = new ArrayList<>();
        for (String name : resourceNames) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new NoSuchFileException(name, null, "no such resource on the class path");
                }
                sources.add(PolicySource.read(name, in));
            }
        }
        return read(sources);
    }

    /** Loads policy sources that are not files: read, validated and compiled as files are. */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary read(List<PolicySource> sources) {
        return PolicyLoader.installed().read(sources);
    }

    /**
     * Loads every policy file under {@code directory}, reusing models validated by an earlier run
     * from {@code cacheFolder}; the result is the same as {@link #load(Path)}.
     */
    public static GuidelineLibrary loadCached(Path directory, Path cacheFolder) {
        return PolicyLoader.installed().load(policyFiles(directory), cacheFolder);
    }

    /**
     * As {@link #loadCached}, for a short-lived process: a guideline whose model is cached is read
     * from the cache only when first used, and compiled revision by revision, so a command that
     * decides one request pays for one revision of one guideline. The same ids, diagnostics and
     * decisions; a service deciding many requests should load eagerly.
     */
    @API(status = API.Status.INTERNAL)
    public static GuidelineLibrary loadCachedOnDemand(Path directory, Path cacheFolder) {
        return PolicyLoader.installed().loadOnDemand(policyFiles(directory), cacheFolder);
    }

    /**
     * A library of the given guidelines, for loaders: each entry's evaluator is made when first
     * asked for and then kept.
     *
     * @param entries the guidelines, each id once
     * @param diagnostics every diagnostic of the files read
     * @param unavailable the file that left each unavailable guideline out, by guideline id
     */
    @API(status = API.Status.INTERNAL)
    public static GuidelineLibrary of(List<Entry> entries, List<Diagnostic> diagnostics, Map<String, String> unavailable) {
        Map<String, OnDemandEvaluator> evaluators = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (evaluators.putIfAbsent(entry.id(), OnDemandEvaluator.later(entry.evaluator())) != null) {
                throw new IllegalArgumentException("guideline `" + entry.id() + "` is given twice");
            }
            sources.put(entry.id(), entry.source());
        }
        return new GuidelineLibrary(evaluators, diagnostics, sources, unavailable);
    }

    /**
     * One guideline of a library: its id, where it was read from, and what makes its evaluator.
     *
     * @param id the guideline's id
     * @param source the file (or resource) it was read from
     * @param evaluator makes its evaluator, once, when the guideline is first used
     */
    @API(status = API.Status.INTERNAL)
    public record Entry(String id, String source, Supplier<Evaluator> evaluator) {
        /** An entry whose evaluator is already made. */
        public static Entry of(String source, Evaluator evaluator) {
            return new Entry(evaluator.guideline().id(), source, () -> evaluator);
        }
    }

    /**
     * This library, with the last good version of each guideline whose file now has errors taken
     * from {@code previous}: what a reload serves while an analyst fixes the file.
     *
     * @return the library, and the ids of the guidelines kept from {@code previous}
     */
    Kept keepingLastGood(GuidelineLibrary previous) {
        Map<String, OnDemandEvaluator> merged = new LinkedHashMap<>(evaluators);
        Map<String, String> mergedSources = new LinkedHashMap<>(sources);
        Map<String, String> stillUnavailable = new LinkedHashMap<>(unavailable);
        List<String> kept = new ArrayList<>();
        List<String> broken = brokenFiles();
        for (Map.Entry<String, String> source : previous.sources.entrySet()) {
            String id = source.getKey();
            if (!merged.containsKey(id) && broken.contains(source.getValue())) {
                merged.put(id, previous.evaluators.get(id));
                mergedSources.put(id, source.getValue());
                stillUnavailable.remove(id);
                kept.add(id);
            }
        }
        Collections.sort(kept);
        return new Kept(new GuidelineLibrary(merged, diagnostics, mergedSources, stillUnavailable), List.copyOf(kept));
    }

    /** A library and the guidelines it kept at their last good version. */
    record Kept(GuidelineLibrary library, List<String> ids) {}

    /** Every diagnostic of every file, sorted by location. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** True when some file had errors. */
    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The policy files left out because of errors, sorted: each one's guideline is unavailable. */
    public List<String> brokenFiles() {
        List<String> files = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.isError() && !files.contains(d.at().file())) {
                files.add(d.at().file());
            }
        }
        Collections.sort(files);
        return List.copyOf(files);
    }

    /** The policy file whose errors left guideline {@code guidelineId} out, when that is why it is not loaded. */
    public Optional<String> unavailable(String guidelineId) {
        return Optional.ofNullable(unavailable.get(guidelineId));
    }

    /** The ids of the guidelines that loaded. */
    public List<String> guidelineIds() {
        List<String> ids = new ArrayList<>(evaluators.keySet());
        Collections.sort(ids);
        return List.copyOf(ids);
    }

    /**
     * What a loaded guideline is: its title, revisions and source digest.
     *
     * @return empty when no guideline of that id is loaded
     */
    public Optional<GuidelineInfo> guideline(String guidelineId) {
        return evaluator(guidelineId).map(e -> {
            Guideline g = e.guideline();
            return new GuidelineInfo(g.id(), g.title(), g.originalEffectiveDate(),
                    g.revisions().stream().map(Revision::effective).sorted().toList(), g.sourceDigest());
        });
    }

    /**
     * A determination explained in words, clause by clause, as {@code coverkit eval --explain}
     * prints it.
     *
     * @throws IllegalArgumentException when the determination's guideline is not loaded here
     */
    public String explain(Determination determination) {
        Evaluator evaluator = evaluator(determination.guideline()).orElseThrow(() -> new IllegalArgumentException(
                "guideline `" + determination.guideline() + "` is not loaded"));
        return new Explainer().explain(determination, evaluator.guideline());
    }

    /**
     * Only the outcome of deciding {@code request} under {@code guidelineId}, for bulk screening:
     * always the outcome {@link #decide(String, CoverageRequest)} gives, without building findings.
     *
     * @return the outcome, or empty when the request is rejected (decide it to see why)
     */
    public Optional<Outcome> outcome(String guidelineId, CoverageRequest request) {
        OnDemandEvaluator onDemand = evaluators.get(guidelineId);
        if (onDemand == null || (request.guideline() != null && !request.guideline().equals(guidelineId))) {
            return Optional.empty();
        }
        Evaluator evaluator = onDemand.get();
        return evaluator.check(request).isEmpty() ? Optional.of(evaluator.outcome(request)) : Optional.empty();
    }

    /** The compiled evaluator of a loaded guideline, for coverkit's own kit and command line. */
    @API(status = API.Status.INTERNAL)
    public Optional<Evaluator> evaluator(String guidelineId) {
        OnDemandEvaluator onDemand = evaluators.get(guidelineId);
        return onDemand == null ? Optional.empty() : Optional.of(onDemand.get());
    }

    /** Decides a request under the guideline it names. */
    public Decision decide(CoverageRequest request) {
        if (request.guideline() == null) {
            return new Decision.Rejected(List.of(new RequestError("guideline", "is required when the caller does not name the guideline")));
        }
        return decide(request.guideline(), request, null);
    }

    /** Decides a request under {@code guidelineId}; the request may omit or must agree on its guideline. */
    public Decision decide(String guidelineId, CoverageRequest request) {
        return decide(guidelineId, request, null);
    }

    /**
     * Decides a request under {@code guidelineId} and the revision in force on {@code asOf} (such as
     * the day a prior authorization is reviewed); null means the request's date of service.
     */
    public Decision decide(String guidelineId, CoverageRequest request, LocalDate asOf) {
        if (request.guideline() != null && !request.guideline().equals(guidelineId)) {
            return new Decision.Rejected(List.of(new RequestError("guideline",
                    "the request names `" + request.guideline() + "` but is being decided under `" + guidelineId + "`")));
        }
        OnDemandEvaluator onDemand = evaluators.get(guidelineId);
        if (onDemand == null) {
            return notLoaded(guidelineId);
        }
        Evaluator evaluator = onDemand.get();
        List<RequestError> errors = evaluator.check(request);
        if (!errors.isEmpty()) {
            return new Decision.Rejected(errors);
        }
        return new Decision.Decided(asOf == null ? evaluator.decide(request) : evaluator.decideAsOf(request, asOf));
    }

    // Why a guideline is not here: its file has errors, or perhaps it is in a file left out.
    private Decision notLoaded(String guidelineId) {
        String file = unavailable.get(guidelineId);
        if (file != null) {
            return new Decision.Rejected(List.of(new RequestError("guideline", "guideline `" + guidelineId
                    + "` is unavailable because of errors in " + file + " (run `coverkit check " + file + "`)")), List.of(file));
        }
        List<String> broken = brokenFiles();
        String loaded = guidelineIds().isEmpty() ? "none" : String.join(", ", guidelineIds());
        String message = "no guideline `" + guidelineId + "` is loaded; loaded: " + loaded;
        if (broken.isEmpty()) {
            return new Decision.Rejected(List.of(new RequestError("guideline", message)));
        }
        return new Decision.Rejected(List.of(new RequestError("guideline", message + "; left out because of errors: "
                + String.join(", ", broken))), broken);
    }

    /** Reads a JSON request (wire contract v1) and decides it. */
    public Decision decideJson(String json) {
        return decideJson(json, null);
    }

    /** Reads a JSON request and decides it under the revision in force on {@code asOf} (null: its date of service). */
    public Decision decideJson(String json, LocalDate asOf) {
        RequestReader.Result read = new RequestReader().read(json);
        if (read.request().isEmpty()) {
            return new Decision.Rejected(read.errors());
        }
        CoverageRequest request = read.request().get();
        if (request.guideline() == null) {
            return new Decision.Rejected(List.of(new RequestError("guideline", "is required when the caller does not name the guideline")));
        }
        Decision decision = decide(request.guideline(), request, asOf);
        return decision instanceof Decision.Decided decided ? new Decision.Decided(decided.determination(), read.contractVersion())
                : decision;
    }

    // Bundles (io.coverkit.bundle): guidelines validated by `coverkit bundle`, loaded with no DSL on
    // the class path. The models are decoded on load; each is compiled when first asked for (a
    // service that wants all compiled before its first request asks evaluator(id) for each).

    /**
     * The guidelines in a bundle file, its integrity checked (see {@link BundleReader}); a
     * {@link BundleException} naming the file when it is missing, damaged, altered or newer than
     * this coverkit.
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary fromBundle(Path file) {
        return fromBundle(file, null);
    }

    /** The guidelines in a bundle file whose signature must verify with {@code key} (null: not checked). */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary fromBundle(Path file, PublicKey key) {
        return of(BundleReader.read(file, key));
    }

    /** The guidelines in a bundle read from {@code in} (to its end; not closed). */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary fromBundle(InputStream in) {
        return fromBundle(in, null);
    }

    /** The guidelines in a bundle read from {@code in}, whose signature must verify with {@code key} (null: not checked). */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary fromBundle(InputStream in, PublicKey key) {
        return of(BundleReader.read(in, "the bundle stream", key));
    }

    /** The guidelines in a bundle on the class path, such as {@code policies.ckb} packed into a service's jar. */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary fromBundleResource(ClassLoader loader, String resource) {
        return fromBundleResource(loader, resource, null);
    }

    /** As {@link #fromBundleResource(ClassLoader, String)}, its signature verified with {@code key} (null: not checked). */
    @API(status = API.Status.EXPERIMENTAL)
    public static GuidelineLibrary fromBundleResource(ClassLoader loader, String resource, PublicKey key) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BundleException(resource + ": no such bundle on the class path");
            }
            return of(BundleReader.read(in, resource, key));
        } catch (IOException e) {
            throw new BundleException(resource + ": the bundle cannot be read", e);
        }
    }

    /** A library of a loaded bundle's guidelines. */
    @API(status = API.Status.INTERNAL)
    public static GuidelineLibrary of(Bundle bundle) {
        List<Entry> entries = new ArrayList<>();
        for (BundledGuideline g : bundle.guidelines()) {
            entries.add(new Entry(g.id(), g.source(), g::compile));
        }
        return of(entries, List.of(), Map.of());
    }
}
