package io.coverkit.dsl;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticLimit;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.Guideline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.codehaus.groovy.ast.ModuleNode;

/**
 * Reads one policy file into the model through the three layers DESIGN.md fixes: the pre-parse
 * gate, Groovy's parser alone, and the vocabulary reader. Nothing in the file is compiled or run.
 * Thread-safe: it holds no state between reads.
 */
public final class PolicyReader {

    /** What reading a file produced: the guideline when there were no errors, and every diagnostic. */
    public record Result(Optional<Guideline> guideline, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final PreParseGate gate;
    private final SyntaxParser parser;
    private final Vocabulary vocabulary = Vocabulary.standard();

    /** A reader with the default bounds. */
    public PolicyReader() {
        this(PreParseGate.Limits.DEFAULT);
    }

    /** A reader with the given bounds. */
    public PolicyReader(PreParseGate.Limits limits) {
        this(limits, SyntaxParser.DEFAULT_TIMEOUT);
    }

    /** A reader with the given bounds and parse time limit. */
    public PolicyReader(PreParseGate.Limits limits, java.time.Duration parseTimeout) {
        this(limits, parseTimeout, FileBudget.Limits.DEFAULT);
    }

    /**
     * A reader with the given bounds, parse time limit and budget for each file.
     *
     * @throws IllegalStateException when the class path has a Groovy the reader was not built for
     *     ({@link GroovyVersion}): every way of reading a policy starts here
     */
    public PolicyReader(PreParseGate.Limits limits, java.time.Duration parseTimeout, FileBudget.Limits budget) {
        GroovyVersion.require();
        this.gate = new PreParseGate(limits);
        this.parser = new SyntaxParser(parseTimeout);
        this.budget = budget;
    }

    private final FileBudget.Limits budget;

    /**
     * Reads a policy file's bytes; {@code file} names it in diagnostics. The read spends the file's
     * {@link FileBudget}: the caller's, when it reads within one, or else its own.
     */
    public Result read(String file, byte[] bytes) {
        return FileBudget.within(file, budget, () -> readWithin(file, bytes),
                spent -> new Result(Optional.empty(), List.of(spent)));
    }

    private Result readWithin(String file, byte[] bytes) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Guideline> guideline = gate.admit(file, bytes, diagnostics)
                .flatMap(text -> {
                    FileBudget.checkCurrent();
                    return parser.parse(file, text, diagnostics);
                })
                .flatMap(module -> {
                    FileBudget.checkCurrent();
                    return build(file, module, digest(bytes), diagnostics);
                });
        return new Result(diagnostics.hasErrors() ? Optional.empty() : guideline, DiagnosticLimit.shown(diagnostics.sorted()));
    }

    /** Reads policy text, as tests and tools that hold a string do. */
    public Result read(String file, String text) {
        return read(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Guideline> build(String file, ModuleNode module, String digest, Diagnostics diagnostics) {
        List<Call> calls = new VocabularyReader(vocabulary, file, diagnostics).read(module);
        return new ModelBuilder(diagnostics).build(calls, digest);
    }

    /** {@code sha256:} and the hex digest of the bytes, as determinations cite it. */
    public static String digest(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
