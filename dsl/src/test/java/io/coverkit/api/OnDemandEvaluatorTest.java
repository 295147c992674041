package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.eval.Evaluator;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An evaluator made on first use is made once, and a failure to make it is met again next time. */
class OnDemandEvaluatorTest {

    private static final Evaluator NCD = new GuidelineCompiler().compile(
            GuidelineLibrary.load(Path.of("policies/ncd-210.14.groovy")).evaluator("ncd-210.14").orElseThrow().guideline());

    @Test
    void madeOnceOnFirstUse() {
        AtomicInteger made = new AtomicInteger();
        OnDemandEvaluator onDemand = OnDemandEvaluator.later(() -> {
            made.incrementAndGet();
            return NCD;
        });
        assertEquals(0, made.get());
        assertSame(NCD, onDemand.get());
        assertSame(NCD, onDemand.get());
        assertEquals(1, made.get());
        assertSame(NCD, OnDemandEvaluator.of(NCD).get());
    }

    @Test
    void aFailureIsNotRemembered() {
        AtomicInteger tries = new AtomicInteger();
        OnDemandEvaluator onDemand = OnDemandEvaluator.later(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
            }
            return NCD;
        });
        assertThrows(IllegalStateException.class, onDemand::get);
        assertSame(NCD, onDemand.get());
    }
}
