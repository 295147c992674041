package io.coverkit.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.TimeCriteriaDecisionTest;
import io.coverkit.dsl.Snippets;
import io.coverkit.model.Guideline;
import io.coverkit.model.TimeTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The time criteria's records (references, windows, enums nested in the model) survive the cache. */
class TimeModelFormatTest {

    @Test
    void everyTimeTestReadsBackEqual() throws IOException {
        Guideline g = Snippets.validated(TimeCriteriaDecisionTest.POLICY);
        assertTrue(g.positionStatement().memberCriteria().stream().allMatch(m -> m.test() instanceof TimeTest));
        assertEquals(7, g.positionStatement().memberCriteria().size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelWriter.write(g, bytes);
        assertEquals(g, ModelReader.read(bytes.toByteArray()));
    }
}
