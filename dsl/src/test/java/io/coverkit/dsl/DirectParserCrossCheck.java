package io.coverkit.dsl;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import org.codehaus.groovy.ast.ModuleNode;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Holds every tree the direct parser builds during a test run against the tree Groovy's parser
 * builds from the same text, so that each policy snippet any test reads (and there are thousands,
 * across the reader, validator, compiler, command line and scenario tests) is a differential test
 * case too. A difference fails the test that read the text. Registered as a JUnit launcher session
 * listener in {@code META-INF/services}, so it covers whatever a run selects.
 */
public final class DirectParserCrossCheck implements LauncherSessionListener {

    // Launchers can nest (the command line's `test` verb starts one inside a test): the check is
    // installed by the outermost session and removed when it closes.
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final LongAdder CHECKED = new LongAdder();

    /** How many reads this run has checked so far. */
    static long checked() {
        return CHECKED.sum();
    }

    /**
     * Stops holding reads against Groovy's parser until the returned handle is closed: for a test
     * that reads the same files hundreds of times to exercise something else (the command line's
     * commands), where each read would cost a Groovy parse. Tests run one at a time.
     */
    public static AutoCloseable suspend() {
        BiConsumer<String, ModuleNode> previous = SyntaxParser.directReadCheck;
        SyntaxParser.directReadCheck = null;
        return () -> SyntaxParser.directReadCheck = previous;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (SESSIONS.getAndIncrement() == 0) {
            SyntaxParser.directReadCheck = DirectParserCrossCheck::check;
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (SESSIONS.decrementAndGet() == 0) {
            SyntaxParser.directReadCheck = null;
            System.out.println("direct parser: " + CHECKED.sum() + " reads held against Groovy's parser, all alike");
        }
    }

    // Each text is held against Groovy's parser once per run (the same policy files are read many
    // times), on a thread of its own: Groovy's parse of a long LCD allocates about a gigabyte, which is
    // the test's cost, not the read's, and must not spend the budget of the file being read (G009).
    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.ExecutorService GROOVY = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "direct-parser-cross-check");
        t.setDaemon(true);
        return t;
    });

    private static void check(String text, ModuleNode direct) {
        String file = direct.getDescription();
        if (!SEEN.add(file + "\u0000" + text)) {
            CHECKED.increment();
            return;
        }
        ModuleNode groovy;
        try {
            groovy = GROOVY.submit(() -> SyntaxTrees.groovy(file, text)).get().orElseThrow(() -> new AssertionError(
                    "the direct parser read text Groovy's parser rejects, in " + file + ":\n" + text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while holding " + file + " against Groovy's parser", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("Groovy's parser failed on " + file, e.getCause());
        }
        SyntaxTrees.difference(groovy, direct).ifPresent(d -> {
            throw new AssertionError("the direct parser's tree differs from Groovy's, in " + file + ": " + d);
        });
        CHECKED.increment();
    }
}
