package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The core alone (no coverkit-dsl, no Groovy on the class path), as a service that deploys bundles has it. */
class WithoutTheDslTest {

    @Test
    void groovyIsNotOnTheCoresClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("groovy.lang.GroovyObject"));
    }

    @Test
    void readingPolicyFilesSaysWhatToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GuidelineLibrary.load(Path.of("policies")));
        assertTrue(e.getMessage().contains("coverkit-dsl") && e.getMessage().contains("bundle"), e.getMessage());
    }
}
