package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One budget per file, spent by every stage, and never a crash. */
class FileBudgetTest {

    private static final FileBudget.Limits GENEROUS = new FileBudget.Limits(Duration.ofSeconds(60), 1L << 30);

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }

    @Test
    void aStackOverflowBecomesADiagnosticNamingTheFile() {
        String found = FileBudget.within("deep.groovy", GENEROUS, () -> "read " + recurse(0), Diagnostic::format);
        assertEquals("deep.groovy:1:1: error[G008]: the syntax of this file is nested too deeply to read", found);
    }

    @Test
    void allocationOverTheBudgetStopsTheWorkAtItsNextLook() {
        List<byte[]> kept = new ArrayList<>();
        String found = FileBudget.within("big.groovy", new FileBudget.Limits(Duration.ofSeconds(60), 4 << 20), () -> {
            for (int i = 0; i < 1_000; i++) {
                kept.add(new byte[64 << 10]);
                FileBudget.checkCurrent();
            }
            return "never";
        }, Diagnostic::format);
        assertEquals("big.groovy:1:1: error[G009]: reading this file allocated more than 4 MB, the budget for one file", found);
        assertEquals(4 << 20, kept.size() * (64 << 10), 2 * (64 << 10), "stopped at the first look past the budget");
    }

    @Test
    void workWithinABudgetSpendsThatBudgetNotANewOne() {
        FileBudget.Limits none = new FileBudget.Limits(Duration.ZERO, 0);
        String found = FileBudget.within("outer.groovy", none,
                () -> FileBudget.within("inner.groovy", GENEROUS, () -> "inner done", d -> "inner: " + d.message()),
                d -> "outer: " + d.code());
        assertEquals("outer: " + DiagnosticCode.G009, found, "the inner read ran within the outer budget");
        assertNull(FileBudget.current(), "no budget is left on the thread");
    }

    @Test
    void aBudgetHeldIsInvisible() {
        assertEquals("done", FileBudget.within("f.groovy", GENEROUS, () -> "done", Diagnostic::format));
        FileBudget.checkCurrent(); // outside a budget: nothing to spend
    }
}
