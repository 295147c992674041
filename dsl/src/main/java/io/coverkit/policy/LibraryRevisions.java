package io.coverkit.policy;

import io.coverkit.api.GuidelineLibrary;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Revisions of the guidelines in a library: what changed between two dates, which requests decide
 * differently, and the revision locks beside their policy files.
 */
public final class LibraryRevisions {

    private LibraryRevisions() {}

    /** What changed in a loaded guideline between the revisions in force on two dates. */
    public static Optional<RevisionDiff> diff(GuidelineLibrary library, String guidelineId, LocalDate from, LocalDate to) {
        return library.evaluator(guidelineId).map(e -> new GuidelineDiff().between(e.guideline(), from, to));
    }

    /**
     * Decides every {@code *.json} request in {@code folder} under the revisions in force on two
     * dates and reports those whose outcome changes; unreadable or malformed requests are listed
     * as skipped, with their errors, and requests naming another guideline are only counted.
     */
    public static Optional<BehaviouralDiff.Result> behavioural(GuidelineLibrary library, String guidelineId, Path folder, LocalDate from, LocalDate to) {
        Optional<Evaluator> evaluator = library.evaluator(guidelineId);
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
    public static List<Path> lock(GuidelineLibrary library, LocalDate on) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String id : library.guidelineIds()) {
            Guideline g = library.evaluator(id).orElseThrow().guideline();
            Path lockFile = RevisionLock.beside(Path.of(g.at().file()));
            if (RevisionLock.take(g, on).write(lockFile)) {
                written.add(lockFile);
            }
        }
        return written;
    }
}
