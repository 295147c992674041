package io.coverkit.bench;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The four decision paths over one guideline, built once: coverkit's compiled evaluator, the
 * hand-written Java, Drools and the Groovy closure. The benchmarks and the agreement test share
 * it, so what is measured is exactly what was checked to agree.
 */
public final class DecisionPaths {

    /** coverkit's compiled evaluator, loaded through the public API. */
    public final Evaluator compiled;
    /** The hand-written limit. */
    public final HandWrittenIgrt handWritten;
    /** The rule-engine peer. */
    public final DroolsIgrt drools;
    /** The naive script approach. */
    public final GroovyClosureIgrt groovy;

    /** Loads the IGRT policy from the repository and builds every path. */
    public DecisionPaths() {
        this.compiled = compiledEvaluator();
        String digest = digest();
        this.handWritten = new HandWrittenIgrt(digest);
        this.drools = new DroolsIgrt(digest);
        this.groovy = new GroovyClosureIgrt(digest);
    }

    /** coverkit's evaluator of the IGRT policy, loaded through the public API. */
    public static Evaluator compiledEvaluator() {
        GuidelineLibrary library = GuidelineLibrary.load(List.of(policy(IgrtRequests.GUIDELINE + ".groovy")));
        if (library.hasErrors()) {
            throw new IllegalStateException("the IGRT policy has errors: " + library.diagnostics());
        }
        return library.evaluator(IgrtRequests.GUIDELINE).orElseThrow();
    }

    /**
     * The IGRT policy file's digest as the other paths compute it themselves, without coverkit:
     * {@code sha256:} and the hex digest of the file's bytes.
     */
    public static String digest() {
        try {
            byte[] bytes = Files.readAllBytes(policy(IgrtRequests.GUIDELINE + ".groovy"));
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the IGRT policy", e);
        }
    }

    /**
     * A file of the repository's {@code policies/}: found from {@code coverkit.home} when set, else
     * from the working directory or its parents (tests run in the repository, benchmarks from bench/run).
     */
    public static Path policy(String name) {
        return repository().resolve("policies").resolve(name);
    }

    /** The repository root. */
    public static Path repository() {
        String home = System.getProperty("coverkit.home");
        if (home != null) {
            return Path.of(home);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("policies")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository's policies/; set -Dcoverkit.home");
    }
}
