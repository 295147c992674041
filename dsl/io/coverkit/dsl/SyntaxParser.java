package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.SourceRef;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** How much CPU time one file may take to parse; the gate's bounds keep real files far below it. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    // Daemon threads, so a parse abandoned at its deadline never keeps the process alive.
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "coverkit-parser");
        thread.setDaemon(true);
        return thread;
    });

    private static final long WALL_CLOCK_FACTOR = 6;

    private final Duration timeout;

    /** A parser with the default time bound. */
    public SyntaxParser() {
        this(DEFAULT_TIMEOUT);
    }

    /** A parser that gives up on a file after {@code timeout}. */
    public SyntaxParser(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Parses {@code text} within the time bound; returns the tree, or records the parser's errors
     * (or the timeout) as diagnostics in an analyst's words.
     */
    public Optional<ModuleNode> parse(String file, String text, Diagnostics diagnostics) {
        WarmUp.done();
        Diagnostics found = new Diagnostics();
        Worker worker = new Worker();
        Future<Optional<ModuleNode>> parse = PARSERS.submit(() -> {
            worker.start();
            return parseNow(file, text, found);
        });
        try {
            Optional<ModuleNode> module = await(parse, worker);
            if (module == null) {
                parse.cancel(true);
                diagnostics.error(DiagnosticCode.G007, new SourceRef(file, 1, 1),
                        "parsing took more than " + timeout.toMillis() + " ms of processor time, the limit for one file",
                        "split the file or simplify its structure");
                return Optional.empty();
            }
            diagnostics.addAll(found.sorted());
            return module;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(DiagnosticCode.G007, new SourceRef(file, 1, 1), "parsing was interrupted");
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the parser failed unexpectedly on " + file, e.getCause());
        }
    }

    /**
     * The parse's result, or null when it ran out of time. The bound is on the parsing thread's CPU
     * time, so a busy machine does not fail a file that parses quickly on its own; wall-clock time
     * is bounded too, at several times the limit, in case CPU time cannot be measured.
     */
    private Optional<ModuleNode> await(Future<Optional<ModuleNode>> parse, Worker worker)
            throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        long slice = Math.max(1, Math.min(50, timeout.toMillis()));
        while (true) {
            try {
                return parse.get(timeout.isZero() ? 0 : slice, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long wall = System.nanoTime() - started;
                if (worker.cpuNanos() > timeout.toNanos() || wall > WALL_CLOCK_FACTOR * timeout.toNanos()) {
                    return null;
                }
            }
        }
    }

    /** The pooled thread running one parse, and its CPU time when the parse began (threads are reused). */
    private static final class Worker {
        private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
        private volatile long thread = -1;
        private volatile long cpuAtStart;

        void start() {
            cpuAtStart = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
            thread = Thread.currentThread().getId();
        }

        /** CPU time the parse has used so far; 0 before it starts or where it cannot be measured. */
        long cpuNanos() {
            long id = thread;
            if (id < 0 || !THREADS.isThreadCpuTimeSupported()) {
                return 0;
            }
            long now = THREADS.getThreadCpuTime(id);
            return now < 0 ? 0 : now - cpuAtStart;
        }
    }

    /**
     * The parser's one-time class loading and grammar set-up, done once per process before the
     * first timed parse: on a busy machine it alone can take seconds, and the time bound is meant
     * for the file, not for the JVM warming up.
     */
    private static final class WarmUp {
        static {
            new SyntaxParser().parseNow("warm-up.groovy", "guideline('warm-up') { title 'warm-up' }\n", new Diagnostics());
        }

        static void done() {
            // Initialising this class runs the warm-up exactly once, thread-safely.
        }
    }

    private Optional<ModuleNode> parseNow(String file, String text, Diagnostics diagnostics) {
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

    /**
     * Groovy's message without its own position suffix, in the house style, on one line: the
     * parser quotes everything from the start of the rule it was reading, newlines included, so
     * the quoted excerpt is flattened and cut to its end, where the problem is.
     */
    static String plain(String message) {
        String m = message == null ? "syntax error" : message.strip();
        int at = m.indexOf(" @ line ");
        if (at >= 0) {
            m = m.substring(0, at);
        }
        Matcher quoted = QUOTED.matcher(m);
        if (quoted.matches()) {
            m = quoted.group(1) + ": `" + excerpt(quoted.group(2).replace("\\'", "'")) + "`";
        } else {
            m = m.replaceAll("\\s+", " ").replace('\'', '`');
        }
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.isEmpty() ? "syntax error" : Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static final Pattern QUOTED = Pattern.compile("([^'\\n]*): '(.*)'", Pattern.DOTALL);
    private static final int EXCERPT = 40;

    private static String excerpt(String text) {
        // The parser escapes line breaks and tabs as `\n`, `\r`, `\t` inside its quotes.
        String flat = text.replaceAll("\\\\[nrt]|\\s", " ").replaceAll(" +", " ").strip();
        return flat.length() <= EXCERPT ? flat : "..." + flat.substring(flat.length() - EXCERPT).stripLeading();
    }
}
