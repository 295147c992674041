package io.coverkit.bench;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.request.CoverageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every guideline in {@code policies/} with what its benchmarks need: the standard requests (as
 * JSON and as read), coverkit's compiled evaluator and the hand-written Java. The benchmarks and the
 * agreement test share it, so what is timed is what was checked to agree.
 */
public enum GuidelinePaths {
    /** IGRT. */
    IGRT(IgrtRequests.GUIDELINE, () -> IgrtRequests.standard().stream().map(IgrtRequests::toJson).toList(), HandWrittenIgrt::new),
    /** LDCT, both decisions. */
    LDCT(LdctRequests.GUIDELINE, LdctRequests::texts, HandWrittenLdct::new),
    /** Osteoporosis prior authorization. */
    OSTEOPOROSIS(OsteoporosisRequests.GUIDELINE, OsteoporosisRequests::texts, HandWrittenOsteoporosis::new);

    /** The guideline's id, the name of its policy file. */
    public final String id;
    private final Supplier<List<String>> texts;
    private final Function<String, HandWritten> handWritten;

    GuidelinePaths(String id, Supplier<List<String>> texts, Function<String, HandWritten> handWritten) {
        this.id = id;
        this.texts = texts;
        this.handWritten = handWritten;
    }

    /** The guideline with this id. */
    public static GuidelinePaths of(String id) {
        for (GuidelinePaths g : values()) {
            if (g.id.equals(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no benchmark paths for guideline " + id);
    }

    /** The standard requests' JSON texts (1,024, generated from a fixed seed). */
    public List<String> texts() {
        return texts.get();
    }

    /** The standard requests, read as a service reads them. */
    public List<CoverageRequest> requests() {
        return WireRequests.read(texts());
    }

    /** coverkit's evaluator, loaded through the public API. */
    public Evaluator compiled() {
        GuidelineLibrary library = GuidelineLibrary.load(List.of(DecisionPaths.policy(id + ".groovy")));
        if (library.hasErrors()) {
            throw new IllegalStateException("the policy " + id + " has errors: " + library.diagnostics());
        }
        return library.evaluator(id).orElseThrow();
    }

    /** The hand-written Java, naming the policy file's digest as its determinations do. */
    public HandWritten handWritten() {
        return handWritten.apply(digest(id));
    }

    /** {@code sha256:} and the hex digest of the policy file's bytes, computed without coverkit. */
    static String digest(String id) {
        try {
            byte[] bytes = Files.readAllBytes(DecisionPaths.policy(id + ".groovy"));
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the policy " + id, e);
        }
    }
}
