package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceRefTest {

    @Test
    void equalityIgnoresPositionOnPurpose() {
        SourceRef a = new SourceRef("a.groovy", 1, 1);
        SourceRef b = new SourceRef("b.groovy", 9, 9);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(new Indication("x", "X", Section.POSITION_STATEMENT, a), new Indication("x", "X", Section.POSITION_STATEMENT, b));
    }

    @Test
    void rendersAsFileLineColumn() {
        assertEquals("p.groovy:3:7", new SourceRef("p.groovy", 3, 7).toString());
    }

    @Test
    void invariants() {
        assertThrows(IllegalArgumentException.class, () -> new SourceRef(null, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SourceRef("f", -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SourceRef("f", 1, -1));
    }
}
