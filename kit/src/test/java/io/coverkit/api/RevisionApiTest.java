package io.coverkit.api;

import io.coverkit.policy.LibraryRevisions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.diff.BehaviouralDiff;
import io.coverkit.diff.RevisionDiff;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API for revisions through time: deciding as of a date, and both diffs. */
class RevisionApiTest {

    static final String IGRT = "04-77260-19";
    static final LocalDate FROM = LocalDate.of(2025, 5, 15);
    static final LocalDate TO = LocalDate.of(2026, 1, 1);
    static final Path EXAMPLES = Path.of("examples");

    static GuidelineLibrary library;
    static Guideline igrt;

    @BeforeAll
    static void load() {
        library = GuidelineLibrary.load(Path.of("policies"));
        assertTrue(library.guidelineIds().contains(IGRT), () -> "diagnostics: " + library.diagnostics());
        assertFalse(library.hasErrors(), () -> "diagnostics: " + library.diagnostics());
        igrt = library.evaluator(IGRT).orElseThrow().guideline();
    }

    static Determination decided(Decision decision) {
        return assertInstanceOf(Decision.Decided.class, decision, () -> "expected a decision, got " + decision).determination();
    }

    static List<RequestError> rejected(Decision decision) {
        return assertInstanceOf(Decision.Rejected.class, decision, () -> "expected a rejection, got " + decision).errors();
    }

    /** A documented 77014 request with date of service 2026-06-01, after 77014 was deleted. */
    static CoverageRequest after77014WasDeleted() {
        return RequestBuilder.requestFor(igrt).cpt("77014").on("2026-06-01").indication("implanted-fiducial-markers")
                .allDocumentsDated("2026-03-01").build();
    }

    @Test
    void decideAsOfADateUsesTheRevisionInForceThen() {
        Determination asOf = decided(library.decide(IGRT, after77014WasDeleted(), LocalDate.of(2025, 12, 31)));

        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, asOf.outcome());
        assertEquals(LocalDate.of(2025, 5, 15), asOf.revision());
        assertEquals(RevisionBasis.AS_OF, asOf.revisionBasis());
        assertEquals(LocalDate.of(2025, 12, 31), asOf.revisionDate());
        assertEquals(LocalDate.of(2026, 6, 1), asOf.dateOfService(), "the date of service is kept");
    }

    @Test
    void decideWithoutAsOfUsesTheDateOfService() {
        Determination byDos = decided(library.decide(IGRT, after77014WasDeleted(), null));

        assertEquals(Outcome.NOT_APPLICABLE, byDos.outcome());
        assertEquals(LocalDate.of(2026, 5, 15), byDos.revision());
        assertEquals(RevisionBasis.DATE_OF_SERVICE, byDos.revisionBasis());
        assertEquals(LocalDate.of(2026, 6, 1), byDos.revisionDate());
        assertEquals(byDos, decided(library.decide(IGRT, after77014WasDeleted())));
    }

    @Test
    void decideAsOfTheDeletionDateIsAlreadyUnderTheNewRevision() {
        Determination d = decided(library.decide(IGRT, after77014WasDeleted(), TO));

        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals(TO, d.revision());
    }

    @Test
    void decideAsOfBeforeTheOriginalEffectiveDateIsNotApplicable() {
        Determination d = decided(library.decide(IGRT, after77014WasDeleted(), LocalDate.of(2010, 2, 14)));

        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals(null, d.revision());
        assertEquals(RevisionBasis.AS_OF, d.revisionBasis());
    }

    @Test
    void decideAsOfStillRejectsAMismatchedGuideline() {
        List<RequestError> errors = rejected(library.decide("99-99999-99", after77014WasDeleted(), FROM));

        assertEquals("guideline", errors.get(0).field());
    }

    @Test
    void decideJsonAsOfADate() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("not-applicable-code.json"));

        Determination asOf = decided(library.decideJson(json, LocalDate.of(2025, 12, 31)));
        Determination byDos = decided(library.decideJson(json, null));

        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, asOf.outcome());
        assertEquals(RevisionBasis.AS_OF, asOf.revisionBasis());
        assertEquals(LocalDate.of(2025, 5, 15), asOf.revision());
        assertEquals(Outcome.NOT_APPLICABLE, byDos.outcome());
        assertEquals(byDos, decided(library.decideJson(json)));
    }

    @Test
    void decideJsonAsOfADateStillRejectsAMalformedRequest() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("malformed-request.json"));

        assertTrue(rejected(library.decideJson(json, FROM)).size() >= 1);
    }

    @Test
    void diffOfALoadedGuideline() {
        RevisionDiff d = LibraryRevisions.diff(library, IGRT, FROM, TO).orElseThrow();

        assertEquals(List.of("77014", "G6001", "G6002", "G6017"), d.codesRemoved());
        assertEquals(RevisionDiff.PositionStatementStatus.UNCHANGED, d.positionStatement());
        assertTrue(LibraryRevisions.diff(library, "99-99999-99", FROM, TO).isEmpty());
    }

    @Test
    void behaviouralDiffOverAFolderSkipsMalformedAndUnparsableFiles(@TempDir Path folder) throws IOException {
        Files.copy(EXAMPLES.resolve("not-applicable-code.json"), folder.resolve("good.json"));
        Files.writeString(folder.resolve("malformed.json"), """
                { "guideline": "04-77260-19", "dateOfService": "2026-06-01",
                  "member": { "lineOfBusiness": "PLATINUM" }, "procedures": [ { "system": "CPT", "code": "77014" } ] }
                """);
        Files.writeString(folder.resolve("not-json.json"), "{ \"guideline\": \"04-77260-19\",\n  \"dateOfService\" oops }");
        Files.writeString(folder.resolve("notes.txt"), "not a request, and not a .json file");

        BehaviouralDiff.Result r = LibraryRevisions.behavioural(library, IGRT, folder, FROM, TO).orElseThrow();

        assertEquals(1, r.decided());
        assertEquals(List.of("good.json"), r.changed().stream().map(BehaviouralDiff.OutcomeChange::request).toList());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, r.changed().get(0).before());
        assertEquals(Outcome.NOT_APPLICABLE, r.changed().get(0).after());
        assertTrue(r.changed().get(0).onlyBefore().contains("04-77260-19/code/cpt-77014"));
        assertEquals(List.of("malformed.json", "not-json.json"), r.skipped().stream().map(BehaviouralDiff.Skipped::request).toList());
        List<RequestError> malformed = r.skipped().get(0).errors();
        assertTrue(malformed.stream().anyMatch(e -> e.field().equals("member.lineOfBusiness")), malformed::toString);
        List<RequestError> notJson = r.skipped().get(1).errors();
        assertEquals("$", notJson.get(0).field(), notJson::toString);
        assertTrue(notJson.get(0).message().contains("not valid JSON"), notJson::toString);
        assertEquals(FROM, r.from());
        assertEquals(TO, r.to());
    }

    @Test
    void behaviouralDiffSkipsRequestsThatCannotBeDecidedAndCountsThoseOfOtherGuidelines(@TempDir Path folder) throws IOException {
        String good = Files.readString(EXAMPLES.resolve("not-applicable-code.json"));
        Files.writeString(folder.resolve("other-guideline.json"), good.replace("04-77260-19", "99-99999-99"));
        Files.writeString(folder.resolve("unknown-indication.json"), good.replace("implanted-fiducial-markers", "telepathy"));

        BehaviouralDiff.Result r = LibraryRevisions.behavioural(library, IGRT, folder, FROM, TO).orElseThrow();

        assertEquals(0, r.decided());
        assertEquals(List.of(), r.changed());
        assertEquals(List.of("unknown-indication.json"), r.skipped().stream().map(BehaviouralDiff.Skipped::request).toList());
        assertEquals("indications[0]", r.skipped().get(0).errors().get(0).field());
        assertEquals(1, r.otherGuidelines());
    }

    @Test
    void behaviouralDiffNamesFilesInSubfoldersRelativeToTheFolder(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("codes"));
        Files.copy(EXAMPLES.resolve("not-applicable-code.json"), folder.resolve("codes/77014.json"));

        BehaviouralDiff.Result r = LibraryRevisions.behavioural(library, IGRT, folder, FROM, TO).orElseThrow();

        assertEquals(List.of(Path.of("codes", "77014.json").toString()),
                r.changed().stream().map(BehaviouralDiff.OutcomeChange::request).toList());
    }

    @Test
    void behaviouralDiffOfAnUnknownGuidelineIsEmpty(@TempDir Path folder) {
        assertTrue(LibraryRevisions.behavioural(library, "99-99999-99", folder, FROM, TO).isEmpty());
    }

    @Test
    void behaviouralDiffOverTheExamples() {
        long t0 = System.nanoTime();
        RevisionDiff diff = LibraryRevisions.diff(library, IGRT, FROM, TO).orElseThrow();
        long t1 = System.nanoTime();
        BehaviouralDiff.Result r = LibraryRevisions.behavioural(library, IGRT, EXAMPLES, FROM, TO).orElseThrow();
        long t2 = System.nanoTime();
        System.out.printf("[timing] LibraryRevisions.diff(library, 04-77260-19, 2025-05-15 -> 2026-01-01): %.3f ms; "
                + "library.behaviouralDiff over examples/ (%d decided, %d skipped): %.3f ms%n",
                (t1 - t0) / 1e6, r.decided(), r.skipped().size(), (t2 - t1) / 1e6);

        assertEquals(4, diff.changes().size());
        assertEquals(List.of("not-applicable-code.json"), r.changed().stream().map(BehaviouralDiff.OutcomeChange::request).toList());
        assertEquals(notRequests(), r.skipped().stream().map(BehaviouralDiff.Skipped::request).toList(),
                "the malformed request, and the CDS Hooks examples, which are not coverage requests");
        assertEquals(6, r.otherGuidelines(), "the examples of the LDCT and osteoporosis guidelines are counted, not listed");
        assertEquals(6, r.decided());
    }

    // What a behavioural diff over examples/ skips: the malformed request and the CRD server's CDS
    // Hooks requests and responses under crd/, each listed rather than dropped unseen.
    static List<String> notRequests() {
        List<String> names = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> crd = Files.list(EXAMPLES.resolve("crd"))) {
            crd.filter(p -> p.toString().endsWith(".json")).map(p -> EXAMPLES.relativize(p).toString()).forEach(names::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        names.add("malformed-request.json");
        return names.stream().sorted().toList();
    }
}
