package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.SourceRef;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
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
 * Turns admitted text into Groovy's syntax tree, and does nothing more: the {@link DirectParser}
 * builds the tree for files written in the policy subset of Groovy's syntax, and Groovy's own
 * parser, parse and convert only, reads every other file, so its messages and positions are the
 * ones an analyst sees.
 *
 * <p>Groovy's parser runs on a bare {@link SourceUnit}, never a {@code CompilationUnit}: no
 * semantic analysis, no AST transformations (local or global, so no {@code @Grab} and no
 * {@code @ASTTest}), no class generation, no class loading. The tree either parser returns is only
 * ever read.
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
     *
     * <p>The direct parser reads the file first; when the file is outside the syntax it reads, it
     * gives up and Groovy's parser reads it exactly as it always has. Both spend one processor-time
     * budget for the file. The direct parser runs on the calling thread and looks at the budget as
     * it goes, stopping when it is spent; Groovy's parser cannot be stopped from inside, so it runs
     * on a worker thread that is abandoned when the budget is spent. (Handing every file to a
     * worker thread and back cost more than the direct parse itself on a busy machine.)
     */
    public Optional<ModuleNode> parse(String file, String text, Diagnostics diagnostics) {
        try {
            DirectWarmUp.done();
            CpuBudget budget = new CpuBudget(timeout, WALL_CLOCK_FACTOR);
            FileBudget total = FileBudget.current();
            Optional<ModuleNode> direct;
            try {
                direct = DirectParser.parse(sourceUnit(file, text), text,
                        () -> budget.spent() || (total != null && total.spent(0) != null));
            } catch (DirectLexer.OutOfTime e) {
                FileBudget.checkCurrent();
                return timedOut(file, diagnostics);
            }
            // Held to the budget even when it finished, so the outcome does not depend on when
            // the parser last looked.
            if (budget.spent()) {
                return timedOut(file, diagnostics);
            }
            if (direct.isPresent()) {
                DIRECT_READS.increment();
                BiConsumer<String, ModuleNode> check = directReadCheck;
                if (check != null) {
                    check.accept(text, direct.get());
                }
                return direct;
            }
            GroovyWarmUp.done();
            GROOVY_READS.increment();
            Diagnostics found = new Diagnostics();
            Bounded<Optional<ModuleNode>> groovy = bounded(budget.remainingNanos(), total, () -> parseNow(file, text, found));
            if (groovy == null) {
                return timedOut(file, diagnostics);
            }
            diagnostics.addAll(found.sorted());
            return groovy.value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(DiagnosticCode.G007, new SourceRef(file, 1, 1), "parsing was interrupted");
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the parser failed unexpectedly on " + file, e.getCause());
        }
    }

    /** How many reads the direct parser took in this JVM; tests see from it which path a read took. */
    static final LongAdder DIRECT_READS = new LongAdder();

    /** How many reads fell back to Groovy's parser in this JVM. */
    static final LongAdder GROOVY_READS = new LongAdder();

    /**
     * Tests only, null otherwise: sees the text and the tree of every read the direct parser took,
     * on the reading thread after the parse, so that a test run can hold each tree against the one
     * Groovy's parser builds.
     */
    static volatile BiConsumer<String, ModuleNode> directReadCheck;

    private Optional<ModuleNode> timedOut(String file, Diagnostics diagnostics) {
        diagnostics.error(DiagnosticCode.G007, new SourceRef(file, 1, 1),
                "parsing took more than " + timeout.toMillis() + " ms of processor time, the limit for one file",
                "split the file or simplify its structure");
        return Optional.empty();
    }

    /** A result of work done within its budget. */
    private record Bounded<T>(T value) {}

    /**
     * Runs {@code work} on a worker thread; returns its result, or null when it used more than
     * {@code budgetNanos} of processor time. The bound is on the worker's CPU time, so a busy
     * machine does not fail a file that parses quickly on its own; wall-clock time is bounded too,
     * at several times the limit, in case CPU time cannot be measured. Work that finishes is still
     * held to the budget, so the outcome does not depend on when the waiting thread looks.
     */
    private <T> Bounded<T> bounded(long budgetNanos, FileBudget total, Callable<T> work)
            throws InterruptedException, ExecutionException {
        Worker worker = new Worker();
        Future<T> running = PARSERS.submit(() -> {
            worker.start();
            try {
                return work.call();
            } finally {
                worker.finish();
            }
        });
        long started = System.nanoTime();
        long slice = Math.max(1, Math.min(50, timeout.toMillis()));
        while (true) {
            try {
                T value = running.get(budgetNanos <= 0 ? 0 : slice, TimeUnit.MILLISECONDS);
                if (total != null) {
                    total.charge(worker.allocatedBytes());
                }
                return worker.cpuNanos() > budgetNanos ? null : new Bounded<>(value);
            } catch (TimeoutException e) {
                String spent = total == null ? null : total.spent(worker.allocatedBytes());
                if (spent != null) {
                    running.cancel(true);
                    throw FileBudget.spentBecause(spent);
                }
                long wall = System.nanoTime() - started;
                if (worker.cpuNanos() > budgetNanos || wall > WALL_CLOCK_FACTOR * Math.max(0, budgetNanos)) {
                    running.cancel(true);
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
        private volatile long cpuUsed = -1;
        private volatile long allocatedAtStart;
        private volatile long allocatedUsed = -1;

        void start() {
            cpuAtStart = now();
            allocatedAtStart = FileBudget.allocatedBy(Thread.currentThread().getId());
            thread = Thread.currentThread().getId();
        }

        void finish() {
            cpuUsed = now() - cpuAtStart;
            allocatedUsed = FileBudget.allocatedBy(Thread.currentThread().getId()) - allocatedAtStart;
        }

        /** Bytes the parse has allocated so far; 0 before it starts. */
        long allocatedBytes() {
            if (allocatedUsed >= 0) {
                return allocatedUsed;
            }
            long id = thread;
            return id < 0 ? 0 : Math.max(0, FileBudget.allocatedBy(id) - allocatedAtStart);
        }

        private static long now() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
        }

        /** CPU time the parse has used so far; 0 before it starts or where it cannot be measured. */
        long cpuNanos() {
            if (cpuUsed >= 0) {
                return cpuUsed;
            }
            long id = thread;
            if (id < 0 || !THREADS.isThreadCpuTimeSupported()) {
                return 0;
            }
            long now = THREADS.getThreadCpuTime(id);
            return now < 0 ? 0 : Math.max(0, now - cpuAtStart);
        }
    }

    /**
     * The one-time class loading and set-up of a parser, done once per process before its first
     * timed parse: on a busy machine it alone can take seconds, and the time bound is meant for the
     * file, not for the JVM warming up. Groovy's parser is warmed only when a file needs it.
     */
    private static final class GroovyWarmUp {
        static {
            new SyntaxParser().parseNow("warm-up.groovy", "guideline('warm-up') { title 'warm-up' }\n", new Diagnostics());
        }

        static void done() {
            // Initialising this class runs the warm-up exactly once, thread-safely.
        }
    }

    /** The direct parser's warm-up: its classes and the syntax tree classes it builds. */
    private static final class DirectWarmUp {
        static {
            String text = "guideline('warm-up') { title 'warm-up' }\n";
            DirectParser.parse(sourceUnit("warm-up.groovy", text), text);
        }

        static void done() {
            // Initialising this class runs the warm-up exactly once, thread-safely.
        }
    }

    private static SourceUnit sourceUnit(String file, String text) {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setTolerance(10);
        return new SourceUnit(file, text, config, null, new ErrorCollector(config));
    }

    private Optional<ModuleNode> parseNow(String file, String text, Diagnostics diagnostics) {
        SourceUnit unit = sourceUnit(file, text);
        ErrorCollector errors = unit.getErrorCollector();
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
