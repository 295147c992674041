package io.coverkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.model.Section;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The semantic diff between the revisions of a guideline in force on two dates. */
class GuidelineDiffTest {

    static Guideline igrt;

    @BeforeAll
    static void read() {
        igrt = Policies.igrt();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static List<String> keys(List<Change> changes) {
        return changes.stream().map(Change::key).toList();
    }

    @Test
    void theCodingUpdateOf2026RemovesExactlyFourCodesAndLeavesThePositionStatement() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2025-05-15"), date("2026-01-01"));

        assertEquals(List.of("code/CPT/77014", "code/HCPCS/G6001", "code/HCPCS/G6002", "code/HCPCS/G6017"), keys(d.changes()),
                () -> "changes: " + d.changes());
        assertTrue(d.changes().stream().allMatch(c -> c.kind() == Change.Kind.REMOVED && c.area() == Snapshot.Area.CODE));
        assertEquals(List.of("77014", "G6001", "G6002", "G6017"), d.codesRemoved());
        assertEquals(List.of(), d.codesAdded());
        assertEquals(List.of("CPT 77014", "HCPCS G6001", "HCPCS G6002", "HCPCS G6017"),
                d.changes().stream().map(Change::label).toList());
        assertEquals(RevisionDiff.PositionStatementStatus.UNCHANGED, d.positionStatement());
        assertEquals(date("2025-05-15"), d.fromRevision());
        assertEquals(date("2026-01-01"), d.toRevision());
        assertEquals("04-77260-19", d.guideline());
    }

    @Test
    void theHistoryListsTheEntriesAfterTheFirstRevisionUpToTheSecond() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2025-05-15"), date("2026-01-01"));

        assertEquals(List.of(date("2026-01-01")), d.history().stream().map(Revision::effective).toList());
        assertTrue(d.history().get(0).text().startsWith("Annual CPT/HCPCS coding update. Deleted code 77014"));
    }

    @Test
    void datesBetweenRevisionsSelectTheRevisionsInForce() {
        // 2025-12-31 is still under 2025-05-15; 2026-04-30 is under 2026-01-01
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2025-12-31"), date("2026-04-30"));

        assertEquals(date("2025-05-15"), d.fromRevision());
        assertEquals(date("2026-01-01"), d.toRevision());
        assertEquals(List.of("77014", "G6001", "G6002", "G6017"), d.codesRemoved());
        assertEquals(List.of(date("2026-01-01")), d.history().stream().map(Revision::effective).toList());
    }

    @Test
    void theSameRevisionOnBothDatesHasNoChangesAndNoHistory() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2025-05-15"), date("2025-12-31"));

        assertEquals(List.of(), d.changes());
        assertEquals(List.of(), d.history());
        assertEquals(RevisionDiff.PositionStatementStatus.UNCHANGED, d.positionStatement());
    }

    @Test
    void theCodingUpdateOf2015AddsAndRemovesCodes() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2014-12-31"), date("2015-01-01"));

        assertEquals(List.of("0197T", "76050", "77421"), d.codesRemoved());
        assertEquals(List.of("77387", "G6001", "G6002", "G6017"), d.codesAdded());
        assertEquals(RevisionDiff.PositionStatementStatus.UNKNOWN, d.positionStatement(),
                "the position statement before 2023-05-15 is not published");
        assertEquals(List.of(), d.changes(Change.Kind.CHANGED, Snapshot.Area.CODE));
    }

    @Test
    void theRevisionOf2016AddsTheDocumentationRequirements() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2016-04-30"), date("2016-05-01"));

        assertEquals(List.of("documentation/paragraph/1", "time-frame-modifier/18805-2", "document/loinc-28626-0",
                        "document/loinc-18741-9", "document/loinc-18776-5"),
                keys(d.changes(Change.Kind.ADDED, Snapshot.Area.DOCUMENTATION)), () -> "changes: " + d.changes());
        assertEquals(List.of("32553", "49411", "55876"), d.codesRemoved());
        assertTrue(keys(d.changes(Change.Kind.REMOVED, Snapshot.Area.UNKNOWN_CONTENT))
                .contains("unknown/" + Section.PROGRAM_EXCEPTIONS), () -> "changes: " + d.changes());
    }

    @Test
    void fromTheOriginalRevisionToTheNewestThePositionStatementIsUnknown() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2010-02-15"), date("2026-05-15"));

        assertEquals(RevisionDiff.PositionStatementStatus.UNKNOWN, d.positionStatement());
        assertEquals(date("2010-02-15"), d.fromRevision());
        assertEquals(date("2026-05-15"), d.toRevision());
        List<LocalDate> history = d.history().stream().map(Revision::effective).toList();
        assertEquals(igrt.revisions().size() - 1, history.size());
        assertEquals(date("2011-01-01"), history.get(0));
        assertEquals(date("2026-05-15"), history.get(history.size() - 1));
        assertFalse(history.contains(date("2010-02-15")), "the revision in force on `from` is not part of what changed");
        assertEquals(List.of("77014", "0197T", "76050", "77421", "32553", "49411", "55876"), d.codesRemoved());
        assertEquals(List.of("77387"), d.codesAdded());
        assertTrue(keys(d.changes(Change.Kind.REMOVED, Snapshot.Area.UNKNOWN_CONTENT))
                .contains("unknown/" + Section.POSITION_STATEMENT), () -> "changes: " + d.changes());
    }

    @Test
    void contentUnknownOnOneDateIsNotReportedAsAddedOrRemoved() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2010-02-15"), date("2026-05-15"));

        assertEquals(List.of(), d.changes().stream()
                .filter(c -> c.area() == Snapshot.Area.INDICATION || c.area() == Snapshot.Area.POSITION_STATEMENT
                        || c.area() == Snapshot.Area.PROGRAM_EXCEPTION)
                .toList(), "the published text does not say when these were added");
        assertEquals(List.of("unknown/" + Section.POSITION_STATEMENT, "unknown/" + Section.PROGRAM_EXCEPTIONS),
                keys(d.changes(Change.Kind.REMOVED, Snapshot.Area.UNKNOWN_CONTENT)));
        assertEquals(5, d.changes(Change.Kind.ADDED, Snapshot.Area.DOCUMENTATION).size(),
                "documentation is known on both dates, so its addition is reported: " + d.changes());
    }

    @Test
    void theProgramExceptionsUpdatedIn2016AreNotClaimedAsNew() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2016-04-30"), date("2016-05-01"));

        assertEquals(List.of(), d.changes(Change.Kind.ADDED, Snapshot.Area.PROGRAM_EXCEPTION),
                "FEP and SAO exceptions existed before 05/01/16; only their wording is unknown");
        assertEquals(RevisionDiff.PositionStatementStatus.UNKNOWN, d.positionStatement());
    }

    @Test
    void beforeTheOriginalEffectiveDateThereIsNoRevisionAndTheHistoryStartsAtTheFirst() {
        RevisionDiff d = new GuidelineDiff().between(igrt, date("2009-01-01"), date("2011-01-01"));

        assertNull(d.fromRevision());
        assertEquals(List.of(date("2010-02-15"), date("2011-01-01")), d.history().stream().map(Revision::effective).toList());
    }

    @Test
    void aSnapshotOmitsThePositionStatementWhileItIsUnknown() {
        Snapshot before = Snapshot.of(igrt, date("2023-05-14"));
        Snapshot after = Snapshot.of(igrt, date("2023-05-15"));

        assertFalse(before.entries().keySet().stream().anyMatch(k -> k.startsWith("indication/")), before.entries().keySet()::toString);
        assertTrue(before.entries().containsKey("unknown/" + Section.POSITION_STATEMENT));
        assertEquals(10, after.entries().keySet().stream().filter(k -> k.startsWith("indication/")).count());
        assertTrue(after.entries().containsKey("indication/implanted-fiducial-markers"));
        assertEquals("anyOf", after.entries().get("position-statement/criteria").text());
        assertEquals(date("2023-05-15"), after.revision());
        assertEquals(date("2021-03-15"), before.revision());
    }

    @Test
    void aRewordedIndicationIsOneChangeWithItsWordsMarked() {
        Guideline before = Policies.fixture("reworded-before.groovy");
        Guideline after = Policies.fixture("reworded-after.groovy");
        LocalDate on = date("2020-06-01");

        List<Change> changes = GuidelineDiff.compare(Snapshot.of(before, on), Snapshot.of(after, on));

        assertEquals(1, changes.size(), () -> "changes: " + changes);
        Change c = changes.get(0);
        assertEquals(Change.Kind.CHANGED, c.kind());
        assertEquals(Snapshot.Area.INDICATION, c.area());
        assertEquals("indication/near-critical-structures", c.key());
        assertEquals("Target volume is near critical structures", c.before());
        assertEquals("Target volume is located within critical structures", c.after());
        assertEquals("Target volume is [-near-] {+located within+} critical structures", c.wording());
    }

    @Test
    void aRewordedIndicationReadsAsAChangedLineInTheReport() {
        Guideline before = Policies.fixture("reworded-before.groovy");
        Guideline after = Policies.fixture("reworded-after.groovy");
        LocalDate on = date("2020-06-01");
        List<Change> changes = GuidelineDiff.compare(Snapshot.of(before, on), Snapshot.of(after, on));
        RevisionDiff d = new RevisionDiff(before.id(), on, on, on, on, changes, List.of(),
                RevisionDiff.PositionStatementStatus.CHANGED);

        String text = new DiffReport().text(d);

        assertTrue(text.lines().anyMatch(l -> l.equals(
                "~ indication near-critical-structures: Target volume is [-near-] {+located within+} critical structures")), text);
        assertTrue(text.lines().anyMatch(l -> l.equals("position statement: changed")), text);
    }

    @Test
    void anIndicationReplacedByARevisionChangesThePositionStatement() {
        Guideline g = Policies.fixture("dated-indications.groovy");

        RevisionDiff d = new GuidelineDiff().between(g, date("2020-12-31"), date("2021-01-01"));

        assertEquals(RevisionDiff.PositionStatementStatus.CHANGED, d.positionStatement());
        assertEquals(List.of("indication/near-critical-structures"), keys(d.changes(Change.Kind.REMOVED, Snapshot.Area.INDICATION)));
        assertEquals(List.of("indication/within-critical-structures"), keys(d.changes(Change.Kind.ADDED, Snapshot.Area.INDICATION)));
        assertEquals(List.of("77014"), d.codesAdded());
        assertEquals(List.of(), d.codesRemoved());
        assertEquals(List.of(date("2021-01-01")), d.history().stream().map(Revision::effective).toList());
    }

    @Test
    void theDiffIsSymmetricWhenTheDatesAreSwapped() {
        RevisionDiff back = new GuidelineDiff().between(igrt, date("2026-01-01"), date("2025-05-15"));

        assertEquals(List.of("77014", "G6001", "G6002", "G6017"), back.codesAdded());
        assertEquals(List.of(), back.codesRemoved());
        assertEquals(RevisionDiff.PositionStatementStatus.UNCHANGED, back.positionStatement());
    }

    // Word-level wording: unchanged words kept, removed in [- -], added in {+ +}.

    @Test
    void wordingMarksAReplacedWord() {
        assertEquals("a [-b-] {+x+} c", GuidelineDiff.wording("a b c", "a x c"));
    }

    @Test
    void wordingMarksWordsRemovedOrAddedAtEitherEnd() {
        assertEquals("a b [-c-]", GuidelineDiff.wording("a b c", "a b"));
        assertEquals("{+z+} a b", GuidelineDiff.wording("a b", "z a b"));
        assertEquals("[-a-] b {+c d+}", GuidelineDiff.wording("a b", "b c d"));
    }

    @Test
    void wordingOfSeveralSeparateEdits() {
        assertEquals("The [-quick-] {+slow+} brown fox {+gently+} jumps [-over-] {+past+} the dog",
                GuidelineDiff.wording("The quick brown fox jumps over the dog", "The slow brown fox gently jumps past the dog"));
    }

    @Test
    void wordingFromOrToNothing() {
        assertEquals("{+new words+}", GuidelineDiff.wording("", "new words"));
        assertEquals("[-old words-]", GuidelineDiff.wording("old words", ""));
    }
}
