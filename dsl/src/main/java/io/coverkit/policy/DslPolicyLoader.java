package io.coverkit.policy;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.api.PolicyLoader;
import io.coverkit.api.PolicySource;
import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.diff.RevisionLock;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads policy files into a {@link GuidelineLibrary}: the {@link PolicyLoader} service this module
 * installs, so {@code GuidelineLibrary.load(folder)} reads DSL files whenever coverkit-dsl is on the
 * class path.
 */
public final class DslPolicyLoader implements PolicyLoader {

    // Below this many files, a parallel load gains too little to be worth a thread hand-off.
    private static final int PARALLEL_FROM = 8;

    @Override
    public GuidelineLibrary load(List<Path> files, Path cacheFolder) {
        return load(files, cacheFolder == null ? null : new PolicyCache(cacheFolder));
    }

    /**
     * When every policy file has a cached model (so each loaded without a single diagnostic
     * before), a guideline is read from the cache only when first used, and compiled revision by
     * revision ({@link GuidelineCompiler#compileOnDemand}). Every file is still checked against its
     * digest (or the stamps it had when it was last digested), so a changed file is never mistaken
     * for a cached one; when any file is not cached, or two declare the same id, this is an eager
     * load through the cache.
     */
    @Override
    public GuidelineLibrary loadOnDemand(List<Path> files, Path cacheFolder) {
        PolicyCache cache = new PolicyCache(cacheFolder);
        List<GuidelineLibrary.Entry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Path file : files) {
            PolicyCache.Keyed keyed;
            try {
                keyed = cache.keyed(file, RevisionLock.beside(file));
            } catch (IOException e) {
                return load(files, cache);
            }
            String id = keyed.guidelineId();
            if (id == null || !ids.add(id)) {
                return load(files, cache);
            }
            entries.add(new GuidelineLibrary.Entry(id, file.toString(), new CachedModel(file, keyed.key(), cache)));
        }
        cache.saveDigests();
        return GuidelineLibrary.of(entries, List.of(), Map.of());
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

    @Override
    public GuidelineLibrary read(List<PolicySource> sources) {
        PolicyFileLoader loader = PolicyFileLoader.with(null);
        List<PolicyFileLoader.Read> read = new ArrayList<>(sources.size());
        List<String> names = new ArrayList<>(sources.size());
        for (PolicySource source : sources) {
            read.add(loader.read(source.name(), source.content()));
            names.add(source.name());
        }
        return merge(read, names);
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
        return merge(read, files.stream().map(Path::toString).toList());
    }

    // The files' results in file order, so ids, duplicates and diagnostics come out as a one-by-one load gives them.
    private static GuidelineLibrary merge(List<PolicyFileLoader.Read> read, List<String> names) {
        Diagnostics all = new Diagnostics();
        List<GuidelineLibrary.Entry> entries = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            PolicyFileLoader.Read r = read.get(i);
            all.addAll(r.diagnostics());
            if (r.evaluator() == null) {
                unavailable.putIfAbsent(r.id() != null ? r.id() : idFromName(names.get(i)), names.get(i));
                continue;
            }
            Guideline guideline = r.evaluator().guideline();
            if (sources.containsKey(guideline.id())) {
                all.error(DiagnosticCode.C008, guideline.at(), "guideline `" + guideline.id() + "` is already defined in `"
                        + sources.get(guideline.id()) + "`");
                continue;
            }
            entries.add(GuidelineLibrary.Entry.of(guideline.at().file(), r.evaluator()));
            sources.put(guideline.id(), guideline.at().file());
        }
        unavailable.keySet().removeAll(sources.keySet());
        return GuidelineLibrary.of(entries, all.sorted(), unavailable);
    }

    /** The guideline a file is named after: {@code policies/04-77260-19.groovy} holds {@code 04-77260-19}. */
    private static String idFromName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar)) + 1);
        return name.endsWith(".groovy") ? name.substring(0, name.length() - ".groovy".length()) : name;
    }
}
