package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.SourceRef;
import java.util.Optional;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.ErrorCollector;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Runs Groovy's parser, and nothing more, over admitted text: parse and convert to a syntax tree.
 *
 * <p>It uses a bare {@link SourceUnit}, never a {@code CompilationUnit}: no semantic analysis, no
 * AST transformations (local or global, so no {@code @Grab} and no {@code @ASTTest}), no class
 * generation, no class loading. The tree it returns is only ever read.
 */
public final class SyntaxParser {

    /**
     * Parses {@code text}; returns the tree, or records the parser's errors as diagnostics in an
     * analyst's words.
     */
    public Optional<ModuleNode> parse(String file, String text, Diagnostics diagnostics) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setTolerance(10);
        ErrorCollector errors = new ErrorCollector(config);
        SourceUnit unit = new SourceUnit(file, text, config, null, errors);
        try {
            unit.parse();
            unit.completePhase();
            unit.nextPhase();
            unit.convert();
        } catch (CompilationFailedException | StackOverflowError e) {
            report(file, errors, diagnostics);
            if (!errors.hasErrors()) {
                diagnostics.error(DiagnosticCode.P001, new SourceRef(file, 1, 1), "the file could not be parsed");
            }
            return Optional.empty();
        }
        if (errors.hasErrors()) {
            report(file, errors, diagnostics);
            return Optional.empty();
        }
        return Optional.of(unit.getAST());
    }

    private static void report(String file, ErrorCollector errors, Diagnostics diagnostics) {
        if (errors.getErrors() == null) {
            return;
        }
        for (Message message : errors.getErrors()) {
            if (message instanceof SyntaxErrorMessage syntax) {
                SyntaxException cause = syntax.getCause();
                diagnostics.error(DiagnosticCode.P001,
                        new SourceRef(file, Math.max(1, cause.getStartLine()), Math.max(1, cause.getStartColumn())),
                        plain(cause.getOriginalMessage()));
            } else {
                diagnostics.error(DiagnosticCode.P001, new SourceRef(file, 1, 1), "the file could not be parsed");
            }
        }
    }

    /** Groovy's message without its own position suffix, in the house style. */
    static String plain(String message) {
        String m = message == null ? "syntax error" : message.strip();
        int at = m.indexOf(" @ line ");
        if (at >= 0) {
            m = m.substring(0, at);
        }
        m = m.replace('\'', '`');
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.isEmpty() ? "syntax error" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
