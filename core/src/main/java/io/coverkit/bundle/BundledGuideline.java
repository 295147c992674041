package io.coverkit.bundle;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One guideline of a bundle: its validated model (every revision), where it was read from and
 * its lock state.
 *
 * @param source the policy file it was read from, as the bundle's builder named it
 * @param lock its revision lock when the bundle was built
 * @param guideline the validated model
 */
public record BundledGuideline(String source, LockState lock, Guideline guideline) {

    public BundledGuideline {
        Objects.requireNonNull(source, "a bundled guideline names its source");
        Objects.requireNonNull(lock, "a bundled guideline has a lock state (LockState.NONE when not locked)");
        Objects.requireNonNull(guideline, "a bundled guideline has its model");
    }

    /** The guideline's id. */
    public String id() {
        return guideline.id();
    }

    /** {@code sha256:} of the policy file the model was read from. */
    public String sourceDigest() {
        return guideline.sourceDigest();
    }

    /** The effective dates of its revisions, oldest first. */
    public List<LocalDate> revisions() {
        return guideline.revisions().stream().map(Revision::effective).toList();
    }

    /** Compiles the model into its evaluator, as loading the policy file does. */
    public Evaluator compile() {
        return new GuidelineCompiler().compile(guideline);
    }
}
