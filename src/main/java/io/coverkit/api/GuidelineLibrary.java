package io.coverkit.api;

import io.coverkit.cache.PolicyCache;
import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.diff.BehaviouralDiff;
import io.coverkit.diff.GuidelineDiff;
import io.coverkit.diff.RevisionDiff;
import io.coverkit.diff.RevisionLock;
import io.coverkit.eval.Evaluator;
import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The entry point for services: load policy files once, then decide requests from many threads.
 * Immutable after loading.
 *
 * <p>Files are isolated from each other: a file with errors (or one coverkit fails on) is left out
 * with its diagnostics, and every other file loads and decides regardless. The guideline such a
 * file declares (the id it was read to, else its file name, as each file is named after its
 * guideline) is unavailable: a request for it is refused with a message naming the file.
 */
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

    /** Loads every {@code *.groovy} file under {@code directory} (sorted, recursively). */
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
        return load(files, null);
    }

    /**
     * Loads every policy file under {@code directory}, reusing models validated by an earlier run
     * from {@code cacheFolder} (see {@link PolicyCache}); the result is the same as {@link #load(Path)}.
     */
    public static GuidelineLibrary loadCached(Path directory, Path cacheFolder) {
        return load(policyFiles(directory), new PolicyCache(cacheFolder));
    }

    /**
     * As {@link #loadCached}, for a short-lived process: when every policy file under
     * {@code directory} has a cached model (so each loaded without a single diagnostic before), a
     * guideline is read from the cache only when first used, and compiled revision by revision
     * ({@link GuidelineCompiler#compileOnDemand}), so a command that decides one request pays for
     * one revision of one guideline. Every file is still checked against its digest (or the stamps
     * it had when it was last digested), so a changed file is never mistaken for a cached one; when
     * any file is not cached, or two declare the same id, this is {@link #loadCached} itself. The
     * same ids, diagnostics and decisions; a service deciding many requests should load eagerly.
     */
    public static GuidelineLibrary loadCachedOnDemand(Path directory, Path cacheFolder) {
        List<Path> files = policyFiles(directory);
        PolicyCache cache = new PolicyCache(cacheFolder);
        Map<String, OnDemandEvaluator> evaluators = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path file : files) {
            PolicyCache.Keyed keyed;
            try {
                keyed = cache.keyed(file, RevisionLock.beside(file));
            } catch (IOException e) {
                return load(files, cache);
            }
            String id = keyed.guidelineId();
            if (id == null || evaluators.containsKey(id)) {
                return load(files, cache);
            }
            evaluators.put(id, OnDemandEvaluator.later(new CachedModel(file, keyed.key(), cache)));
            sources.put(id, file.toString());
        }
        cache.saveDigests();
        return new GuidelineLibrary(evaluators, List.of(), sources, Map.of());
    }

    /** A guideline whose model is in the cache, compiled when first used. */
    private record CachedModel(Path file, String key, PolicyCache cache) implements Supplier<Evaluator> {
        @Override
        public Evaluator get() {
            Guideline guideline = cache.get(key).orElse(null);
            if (guideline == null) {
                // The entry was there a moment ago; should it have gone since, the file is read as on a miss.
                guideline = PolicyFileLoader.with(cache).check(file).guideline();
            }
            if (guideline == null) {
                throw new IllegalStateException(file + ": the policy file changed while it was in use; run the command again");
            }
            // A library opened on demand serves a short command: it compiles the revisions it decides under.
            return new GuidelineCompiler().compileOnDemand(guideline);
        }
    }

    private static GuidelineLibrary load(List<Path> files, PolicyCache cache) {
        PolicyFileLoader loader = PolicyFileLoader.with(cache);
        // Files are read, parsed, validated and compiled independently, so a large set goes on all
        // cores; the results are merged in file order, so ids, duplicates and diagnostics come out
        // exactly as a one-by-one load would give them. The first file is read alone, since it
        // initialises the parser, and small sets stay sequential: parallel cold parses only slow
        // each other down and could run into the per-file parse time limit.
        List<PolicyFileLoader.Read> read = new ArrayList<>(files.size());
        if (!files.isEmpty()) {
            read.add(loader.read(files.get(0)));
        }
        List<Path> rest = files.subList(Math.min(1, files.size()), files.size());
        read.addAll((rest.size() < PARALLEL_FROM ? rest.stream() : rest.parallelStream()).map(loader::read).toList());
        Diagnostics all = new Diagnostics();
        Map<String, OnDemandEvaluator> evaluators = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            PolicyFileLoader.Read r = read.get(i);
            all.addAll(r.diagnostics());
            if (r.evaluator() == null) {
                unavailable.putIfAbsent(r.id() != null ? r.id() : idFromName(files.get(i)), files.get(i).toString());
                continue;
            }
            Guideline guideline = r.evaluator().guideline();
            if (evaluators.containsKey(guideline.id())) {
                all.error(DiagnosticCode.C008, guideline.at(), "guideline `" + guideline.id() + "` is already defined in `"
                        + sources.get(guideline.id()) + "`");
                continue;
            }
            evaluators.put(guideline.id(), OnDemandEvaluator.of(r.evaluator()));
            sources.put(guideline.id(), guideline.at().file());
        }
        unavailable.keySet().removeAll(evaluators.keySet());
        return new GuidelineLibrary(evaluators, all.sorted(), sources, unavailable);
    }

    // Below this many files, a parallel load gains too little to be worth a thread hand-off.
    private static final int PARALLEL_FROM = 8;

    /** The guideline a file is named after: {@code policies/04-77260-19.groovy} holds {@code 04-77260-19}. */
    private static String idFromName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".groovy") ? name.substring(0, name.length() - ".groovy".length()) : name;
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

    /** The evaluator of a loaded guideline. */
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
        return decide(request.guideline(), request, asOf);
    }

    /** What changed in a loaded guideline between the revisions in force on two dates. */
    public Optional<RevisionDiff> diff(String guidelineId, LocalDate from, LocalDate to) {
        return evaluator(guidelineId).map(e -> new GuidelineDiff().between(e.guideline(), from, to));
    }

    /**
     * Decides every {@code *.json} request in {@code folder} under the revisions in force on two
     * dates and reports those whose outcome changes; unreadable or malformed requests are listed
     * as skipped, with their errors, and requests naming another guideline are only counted.
     */
    public Optional<BehaviouralDiff.Result> behaviouralDiff(String guidelineId, Path folder, LocalDate from, LocalDate to) {
        Optional<Evaluator> evaluator = evaluator(guidelineId);
        if (evaluator.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        List<BehaviouralDiff.Skipped> skipped = new ArrayList<>();
        RequestReader reader = new RequestReader();
        for (Path file : jsonFiles(folder)) {
            String name = folder.relativize(file).toString();
            try {
                RequestReader.Result read = reader.read(Files.readString(file));
                read.request().ifPresentOrElse(r -> requests.put(name, r),
                        () -> skipped.add(new BehaviouralDiff.Skipped(name, read.errors())));
            } catch (IOException e) {
                skipped.add(new BehaviouralDiff.Skipped(name, List.of(new RequestError("$", PolicyFileLoader.unreadable(e)))));
            }
        }
        BehaviouralDiff.Result result = new BehaviouralDiff().run(evaluator.get(), requests, from, to);
        skipped.addAll(result.skipped());
        return Optional.of(new BehaviouralDiff.Result(result.guideline(), from, to, result.decided(), result.changed(), skipped,
                result.otherGuidelines()));
    }

    private static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list requests under " + folder, e);
        }
    }

    /**
     * Writes the revision lock of every loaded guideline beside its policy file, recording what
     * each revision in force on or before {@code on} says; returns the files written. A lock that
     * already records the same is not rewritten (its date stays), and is not in the list.
     */
    public List<Path> lock(LocalDate on) throws IOException {
        List<Path> written = new ArrayList<>();
        for (OnDemandEvaluator evaluator : evaluators.values()) {
            Guideline g = evaluator.get().guideline();
            Path lockFile = RevisionLock.beside(Path.of(g.at().file()));
            if (RevisionLock.take(g, on).write(lockFile)) {
                written.add(lockFile);
            }
        }
        return written;
    }
}
