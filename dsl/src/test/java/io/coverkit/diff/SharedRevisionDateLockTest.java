package io.coverkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.dsl.Snippets;
import io.coverkit.model.Guideline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revisions that share an effective date (an LCD's R10 and R11) are locked once: the lock can be read back. */
class SharedRevisionDateLockTest {

    @Test
    void revisionsSharingAnEffectiveDateAreLockedOnce() {
        Guideline g = Snippets.valid("""
                guideline('l99997') {
                    title 'Test'
                    originalEffectiveDate '2015-10-01'
                    positionStatement {
                        anyOf {
                            indication 'Some indication'
                        }
                    }
                    updateHistory {
                        revision '2015-10-01', 'R1.', number: 'R1'
                        revision '2023-04-01', 'R10.', number: 'R10'
                        revision '2023-04-01', 'R11.', number: 'R11'
                    }
                }
                """);
        RevisionLock lock = RevisionLock.take(g, LocalDate.of(2026, 12, 7));
        assertEquals(List.of(LocalDate.of(2015, 10, 1), LocalDate.of(2023, 4, 1)),
                lock.revisions().stream().map(Snapshot::date).toList());
    }
}
