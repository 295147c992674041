package io.coverkit.api;

import io.coverkit.cache.PolicyCache;
import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.dsl.FileBudget;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.diff.BehaviouralDiff;
import io.coverkit.diff.GuidelineDiff;
import io.coverkit.diff.RevisionDiff;
import io.coverkit.diff.RevisionLock;
import io.coverkit.eval.Evaluator;
import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import io.coverkit.validate.GuidelineValidator;
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
 * Immutable after loading. A file with errors is left out and its diagnostics kept; the other
 * files load regardless.
 */
public final class GuidelineLibrary {

    private final Map<String, OnDemandEvaluator> evaluators;
    private final List<Diagnostic> diagnostics;

    private GuidelineLibrary(Map<String, OnDemandEvaluator> evaluators, List<Diagnostic> diagnostics) {
        this.evaluators = Map.copyOf(evaluators);
        this.diagnostics = List.copyOf(diagnostics);
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
        }
        cache.saveDigests();
        return new GuidelineLibrary(evaluators, List.of());
    }

    /** A guideline whose model is in the cache, compiled when first used. */
    private record CachedModel(Path file, String key, PolicyCache cache) implements Supplier<Evaluator> {
        @Override
        public Evaluator get() {
            Guideline guideline = cache.get(key).orElse(null);
            if (guideline == null) {
                // The entry was there a moment ago; should it have gone since, the file is read as on a miss.
                guideline = read(file, new PolicyReader(), new GuidelineValidator(), cache).guideline();
            }
            if (guideline == null) {
                throw new IllegalStateException(file + ": the policy file changed while it was in use; run the command again");
            }
            // A library opened on demand serves a short command: it compiles the revisions it decides under.
            return new GuidelineCompiler().compileOnDemand(guideline);
        }
    }

    private static GuidelineLibrary load(List<Path> files, PolicyCache cache) {
        Loader loader = new Loader(new PolicyReader(), new GuidelineValidator(), new GuidelineCompiler(), cache);
        // Files are read, parsed, validated and compiled independently, so a large set goes on all
        // cores; the results are merged in file order, so ids, duplicates and diagnostics come out
        // exactly as a one-by-one load would give them. The first file is read alone, since it
        // initialises the parser, and small sets stay sequential: parallel cold parses only slow
        // each other down and could run into the per-file parse time limit.
        List<Read> read = new ArrayList<>(files.size());
        if (!files.isEmpty()) {
            read.add(loader.read(files.get(0)));
        }
        List<Path> rest = files.subList(Math.min(1, files.size()), files.size());
        read.addAll((rest.size() < PARALLEL_FROM ? rest.stream() : rest.parallelStream()).map(loader::read).toList());
        Diagnostics all = new Diagnostics();
        Map<String, OnDemandEvaluator> evaluators = new LinkedHashMap<>();
        for (Read r : read) {
            all.addAll(r.diagnostics());
            if (r.evaluator() == null) {
                continue;
            }
            Guideline guideline = r.evaluator().guideline();
            if (evaluators.containsKey(guideline.id())) {
                all.error(DiagnosticCode.C008, guideline.at(), "guideline `" + guideline.id() + "` is already defined in `"
                        + evaluators.get(guideline.id()).get().guideline().at().file() + "`");
                continue;
            }
            evaluators.put(guideline.id(), OnDemandEvaluator.of(r.evaluator()));
        }
        return new GuidelineLibrary(evaluators, all.sorted());
    }

    // Below this many files, a parallel load gains too little to be worth a thread hand-off.
    private static final int PARALLEL_FROM = 8;

    /**
     * One file, read, validated and compiled: its evaluator when it has no errors, and its
     * diagnostics. A file whose guideline id an earlier file took is compiled for nothing, which
     * costs less than compiling one file after another once every file is read.
     */
    private record Read(Evaluator evaluator, List<Diagnostic> diagnostics) {}

    /** What loading one file needs; each part is stateless and thread-safe. */
    private record Loader(PolicyReader reader, GuidelineValidator validator, GuidelineCompiler compiler, PolicyCache cache) {
        Read read(Path file) {
            // One budget for the whole way from bytes to evaluator (FileBudget).
            return FileBudget.within(file.toString(), FileBudget.Limits.DEFAULT, () -> {
                Checked checked = GuidelineLibrary.read(file, reader, validator, cache);
                return new Read(checked.guideline() == null ? null : compiler.compile(checked.guideline()), checked.diagnostics());
            }, spent -> new Read(null, List.of(spent)));
        }
    }

    /** One file, read and validated: the guideline when it has no errors, and its diagnostics. */
    private record Checked(Guideline guideline, List<Diagnostic> diagnostics) {}

    private static Checked read(Path file, PolicyReader reader, GuidelineValidator validator, PolicyCache cache) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Checked(null, List.of(Diagnostic.error(DiagnosticCode.G006, new io.coverkit.model.SourceRef(name, 1, 1),
                    unreadable(e))));
        }
        byte[] lock = PolicyCache.lockBytes(RevisionLock.beside(file));
        String key = cache == null ? null : PolicyCache.key(name, bytes, lock);
        Guideline cached = key == null ? null : cache.get(key).orElse(null);
        if (cached != null) {
            return new Checked(cached, List.of());
        }
        PolicyReader.Result result = reader.read(name, bytes);
        if (result.guideline().isEmpty()) {
            return new Checked(null, result.diagnostics());
        }
        Guideline guideline = result.guideline().get();
        List<Diagnostic> found = new ArrayList<>(result.diagnostics());
        List<Diagnostic> problems = new ArrayList<>(validator.validate(guideline));
        problems.addAll(lockProblems(file, lock, guideline));
        found.addAll(problems);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new Checked(null, found);
        }
        if (key != null && found.isEmpty()) {
            cache.put(key, guideline);
        }
        return new Checked(guideline, found);
    }

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
            return new Decision.Rejected(List.of(new RequestError("guideline", "no guideline `" + guidelineId
                    + "` is loaded; loaded: " + String.join(", ", guidelineIds()))));
        }
        Evaluator evaluator = onDemand.get();
        List<RequestError> errors = evaluator.check(request);
        if (!errors.isEmpty()) {
            return new Decision.Rejected(errors);
        }
        return new Decision.Decided(asOf == null ? evaluator.decide(request) : evaluator.decideAsOf(request, asOf));
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

    private static String unreadable(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "the file cannot be read: permission denied";
        }
        return "the file cannot be read";
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
                skipped.add(new BehaviouralDiff.Skipped(name, List.of(new RequestError("$", unreadable(e)))));
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

    // A guideline locked with `coverkit lock` must not change what its past revisions said.
    private static List<Diagnostic> lockProblems(Path file, byte[] lockBytes, Guideline guideline) {
        if (lockBytes == null) {
            return List.of();
        }
        Diagnostics found = new Diagnostics();
        RevisionLock.read(RevisionLock.beside(file), lockBytes, found).ifPresent(lock -> found.addAll(lock.verify(guideline)));
        return found.sorted();
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
