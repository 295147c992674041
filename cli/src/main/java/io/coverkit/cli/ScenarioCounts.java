package io.coverkit.cli;

import java.io.PrintWriter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Counts scenario results as the launcher reports them, for {@code coverkit test}'s closing line, and
 * prints each failure as it happens (every scenario when verbose).
 */
final class ScenarioCounts implements TestExecutionListener {
    private final PrintWriter out;
    private final boolean verbose;
    int passed;
    int failed;
    int skipped;

    ScenarioCounts(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    int total() {
        return passed + failed + skipped;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.getType() == TestDescriptor.Type.TEST) {
            skipped++;
            if (verbose) {
                out.println("SKIP " + test.getDisplayName() + (reason == null ? "" : ": " + reason));
            }
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // A data-driven feature is a container of its iterations and a test in JUnit's terms;
        // counting only plain tests counts each scenario once. A failed container (a spec that
        // could not start) still counts, since none of its scenarios ran.
        boolean scenario = test.getType() == TestDescriptor.Type.TEST;
        if (!scenario && (result.getStatus() != TestExecutionResult.Status.FAILED || test.getSource().isEmpty()
                || test.getType() == TestDescriptor.Type.CONTAINER_AND_TEST)) {
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                passed++;
                if (verbose) {
                    out.println("PASS " + test.getDisplayName());
                }
            }
            case ABORTED -> {
                skipped++;
                if (verbose) {
                    out.println("SKIP " + test.getDisplayName());
                }
            }
            case FAILED -> {
                failed++;
                String why = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
                out.println("FAIL " + test.getDisplayName() + (scenario ? "" : " (before any scenario ran)"));
                why.lines().limit(20).forEach(l -> out.println("     " + l));
            }
        }
        out.flush();
    }
}
