package io.coverkit.determination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingListTest {

    private static Finding finding(String ref) {
        return new Finding(FindingKind.INDICATION_MET, ref, "g/indication/" + ref, "text " + ref, "Position Statement", List.of());
    }

    private static Determination determination(List<Finding> findings) {
        return new Determination("g", LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), RevisionBasis.DATE_OF_SERVICE,
                LocalDate.of(2021, 1, 1), Outcome.MEETS_MEDICAL_NECESSITY, findings, List.of(), "sha256:00");
    }

    @Test
    void growsPastItsCapacityAndKeepsOrder() {
        FindingList list = new FindingList(1);
        for (int i = 0; i < 20; i++) {
            list.add(finding("f" + i));
        }
        assertEquals(20, list.size());
        assertEquals("f0", list.get(0).ref());
        assertEquals("f19", list.get(19).ref());
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(20));
    }

    @Test
    void refusesEveryChangeOnceFrozen() {
        FindingList list = new FindingList(4);
        list.add(finding("a"));
        list.set(0, finding("b"));
        assertFalse(list.isFrozen());
        list.freeze();
        assertTrue(list.isFrozen());
        assertThrows(UnsupportedOperationException.class, () -> list.add(finding("c")));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, finding("c")));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        assertThrows(UnsupportedOperationException.class, list::clear);
        assertEquals(List.of(finding("b")), list);
    }

    @Test
    void refusesNullLikeAnImmutableList() {
        FindingList list = new FindingList(2);
        assertThrows(NullPointerException.class, () -> list.add(null));
    }

    @Test
    void aDeterminationTakesAFrozenListAsItIsAndCopiesAnyOther() {
        FindingList frozen = new FindingList(2);
        frozen.add(finding("a"));
        frozen.freeze();
        assertSame(frozen, determination(frozen).findings());

        FindingList open = new FindingList(2);
        open.add(finding("a"));
        Determination copied = determination(open);
        assertNotSame(open, copied.findings());
        open.add(finding("b"));
        assertEquals(1, copied.findings().size(), "a list still open to change is copied");

        List<Finding> plain = new ArrayList<>(List.of(finding("a")));
        assertEquals(determination(plain), determination(frozen), "equal whichever list the findings came in");
        assertEquals(determination(plain).hashCode(), determination(frozen).hashCode());
    }
}
