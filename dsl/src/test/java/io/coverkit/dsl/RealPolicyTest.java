package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.ProgramNote;
import io.coverkit.model.Reference;
import io.coverkit.model.Revision;
import io.coverkit.model.Section;
import io.coverkit.model.TimeFrameModifier;
import io.coverkit.model.TimeSpan;
import io.coverkit.validate.GuidelineValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The IGRT policy reads cleanly and carries the published guideline completely and verbatim. */
class RealPolicyTest {

    static final Path POLICY = Path.of("policies/04-77260-19.groovy");
    static final Path PUBLISHED = published();

    static byte[] bytes;
    static PolicyReader.Result result;
    static Guideline igrt;
    static List<String> text;

    static Path published() {
        Path relative = Path.of("../shared/guidelines/04-77260-19-image-guided-radiation-therapy.txt");
        return Files.exists(relative)
                ? relative
                : Path.of("/work/shared/guidelines/04-77260-19-image-guided-radiation-therapy.txt");
    }

    @BeforeAll
    static void readPolicy() throws IOException {
        bytes = Files.readAllBytes(POLICY);
        result = new PolicyReader().read(POLICY.toString(), bytes);
        igrt = result.guideline().orElse(null);
        text = Files.readAllLines(PUBLISHED);
    }

    @Test
    void readsWithNoDiagnostics() {
        assertEquals(List.of(), Snippets.render(result.diagnostics()));
        assertTrue(result.guideline().isPresent());
    }

    @Test
    void validatesWithNoDiagnostics() {
        assertEquals(List.of(), Snippets.render(new GuidelineValidator().validate(igrt)));
    }

    @Test
    void carriesTheHeader() {
        assertEquals("04-77260-19", igrt.id());
        assertEquals("Image-Guided Radiation Therapy", igrt.title());
        assertEquals(LocalDate.of(2010, 2, 15), igrt.originalEffectiveDate());
        assertEquals(LocalDate.of(2026, 4, 23), igrt.reviewed());
        assertEquals(LocalDate.of(2026, 5, 15), igrt.revised());
        assertTrue(text.contains("Subject: " + igrt.title()));
        assertTrue(text.contains(igrt.disclaimer()), "the disclaimer is verbatim");
        assertEquals(PolicyReader.digest(bytes), igrt.sourceDigest());
        assertTrue(igrt.sourceDigest().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void hasTheTenIndicationsOfTheDesignTableWithTheirPublishedTexts() {
        List<String> publishedTexts = between("POSITION STATEMENT:", "BILLING/CODING INFORMATION:").stream()
                .filter(l -> l.startsWith("- "))
                .map(l -> l.substring(2))
                .toList();
        assertEquals(10, publishedTexts.size(), "the published position statement lists ten indications");

        List<Indication> indications = igrt.positionStatement().indications();
        assertEquals(List.of(
                        "bony-anatomy-fails",
                        "dose-escalation",
                        "during-radiation-therapy",
                        "implanted-fiducial-markers",
                        "sensitive-structure-dose-reduction",
                        "close-to-critical-structures",
                        "near-critical-structures-or-setup-variation",
                        "internal-motion",
                        "previously-irradiated-adjacent-area",
                        "narrow-margins"),
                indications.stream().map(Indication::id).toList());
        assertEquals(publishedTexts, indications.stream().map(Indication::text).toList());
        assertTrue(indications.stream().allMatch(i -> i.section().equals(Section.POSITION_STATEMENT)));
        assertTrue(igrt.positionStatement().criteria() instanceof io.coverkit.model.AnyOf,
                "any one indication suffices");
    }

    @Test
    void coversCpt77387Today() {
        List<ProcedureCode> codes = igrt.asOf(java.time.LocalDate.of(2026, 5, 15)).billing().codes();
        assertEquals(1, codes.size());
        assertEquals("CPT", codes.get(0).system());
        assertEquals("77387", codes.get(0).code());
    }

    @Test
    void requiresThreeDocumentsWithinSixMonthsUnderModifier18805_2() {
        List<DocumentRequirement> required = igrt.billing().documentation().requirements();
        assertEquals(List.of("28626-0", "18741-9", "18776-5"), required.stream().map(DocumentRequirement::loinc).toList());
        assertEquals(List.of("loinc-28626-0", "loinc-18741-9", "loinc-18776-5"),
                required.stream().map(DocumentRequirement::id).toList());
        for (DocumentRequirement r : required) {
            assertEquals(new TimeSpan(6, TimeSpan.Unit.MONTHS), r.window(), r.loinc());
            assertEquals("18805-2", r.timeFrameModifier(), r.loinc());
        }
        assertEquals(List.of("Physician history and physical", "Attending physician progress note", "Plan of treatment"),
                required.stream().map(DocumentRequirement::name).toList());

        List<TimeFrameModifier> modifiers = igrt.billing().documentation().timeFrameModifiers();
        assertEquals(1, modifiers.size());
        assertEquals("18805-2", modifiers.get(0).loinc());
        assertEquals(new TimeSpan(6, TimeSpan.Unit.MONTHS), modifiers.get(0).window());
        assertTrue(text.stream().anyMatch(l -> l.endsWith("\t" + modifiers.get(0).narrative())),
                "the modifier's narrative is verbatim");
    }

    @Test
    void fepAndSaoDeferAndMedicareAdvantageAppliesTheGuideline() {
        var exceptions = igrt.programExceptions();
        assertEquals(ProgramException.Effect.DEFER_TO_PROGRAM, exceptions.forLine(LineOfBusiness.FEP).orElseThrow().effect());
        assertEquals(ProgramException.Effect.DEFER_TO_PROGRAM, exceptions.forLine(LineOfBusiness.SAO).orElseThrow().effect());
        ProgramException ma = exceptions.forLine(LineOfBusiness.MEDICARE_ADVANTAGE).orElseThrow();
        assertEquals(ProgramException.Effect.APPLY_GUIDELINE, ma.effect());
        assertTrue(text.contains(ma.text()), "the Medicare Advantage note is verbatim");
        assertTrue(exceptions.forLine(LineOfBusiness.COMMERCIAL).isEmpty());
        assertTrue(exceptions.forLine(LineOfBusiness.MEDICAID).isEmpty());
        assertEquals(List.of("fep", "sao", "medicare-advantage"),
                exceptions.exceptions().stream().map(ProgramException::id).toList());
        assertTrue(text.contains(exceptions.forLine(LineOfBusiness.FEP).orElseThrow().heading() + ": Follow FEP guidelines."));
    }

    @Test
    void recordsTheStepTherapyClauseAsNotApplying() {
        List<ProgramNote> notes = igrt.programExceptions().notes();
        assertEquals(1, notes.size());
        ProgramNote note = notes.get(0);
        assertEquals("step-therapy-exemption", note.id());
        assertFalse(note.applies());
        assertFalse(note.reason().isBlank());
        assertTrue(text.contains(note.text()), "the clause is verbatim");
    }

    @Test
    void hasThirteenReferencesNumberedAsPublished() {
        List<Reference> references = igrt.references();
        assertEquals(13, references.size());
        List<String> published = new ArrayList<>();
        Pattern numbered = Pattern.compile("(\\d+)\\. (.*)");
        for (String line : between("REFERENCES:", "COMMITTEE APPROVAL:")) {
            Matcher m = numbered.matcher(line);
            if (m.matches()) {
                assertEquals(published.size() + 1, Integer.parseInt(m.group(1)));
                published.add(m.group(2));
            }
        }
        assertEquals(published, references.stream().map(Reference::text).toList());
        for (int i = 0; i < references.size(); i++) {
            assertEquals(i + 1, references.get(i).number());
        }
    }

    @Test
    void hasFiveOtherNames() {
        assertEquals(List.of("Dynamic Targeting IGRT", "Electromagnetic Transponders", "Intra-fraction Image Guidance",
                        "On-Board Imager", "Real-Time Intra-Fraction"),
                igrt.other().otherNames());
        List<String> published = between("OTHER:", "REFERENCES:").stream().map(String::strip).toList();
        assertTrue(published.containsAll(igrt.other().otherNames()));
    }

    @Test
    void hasTheEighteenRevisionsOfTheUpdateHistory() {
        List<Revision> revisions = igrt.revisions();
        assertEquals(18, revisions.size());
        DateTimeFormatter published = DateTimeFormatter.ofPattern("MM/dd/yy");
        List<Revision> expected = new ArrayList<>();
        for (String line : after("GUIDELINE UPDATE INFORMATION:")) {
            String[] cells = line.split("\t", 2);
            if (cells.length == 2) {
                LocalDate date = LocalDate.parse(cells[0], published);
                expected.add(new Revision(date, cells[1], io.coverkit.model.SourceRef.UNKNOWN));
            }
        }
        assertEquals(expected.stream().map(Revision::effective).toList(), revisions.stream().map(Revision::effective).toList());
        assertEquals(expected.stream().map(Revision::text).toList(), revisions.stream().map(Revision::text).toList());
        assertEquals(igrt.originalEffectiveDate(), revisions.get(0).effective());
        assertEquals(igrt.revised(), revisions.get(17).effective());
    }

    @Test
    void committeeApprovalIsVerbatim() {
        assertTrue(text.contains(igrt.committeeApproval().text()));
        assertEquals(igrt.reviewed(), igrt.committeeApproval().date());
    }

    @Test
    void positionsPointAtTheWrittenClauses() throws IOException {
        List<String> lines = Files.readAllLines(POLICY);
        Indication fiducial = igrt.positionStatement().indications().get(3);
        String written = lines.get(fiducial.at().line() - 1);
        assertEquals("indication 'Implanted fiducial markers'", written.substring(fiducial.at().column() - 1).strip());
        assertEquals(POLICY.toString(), fiducial.at().file());
    }

    // The design card's forms, exactly as written.

    @Test
    void indicationWithoutIdDerivesIt() {
        Guideline g = Snippets.valid(Snippets.MINIMAL);
        Indication only = g.positionStatement().indications().get(0);
        assertEquals("implanted-fiducial-markers", only.id());
        assertEquals("Implanted fiducial markers", only.text());
        assertEquals(6, only.at().line());
        assertEquals(13, only.at().column());
    }

    @Test
    void requiresDocumentWithinSixMonths() {
        Guideline g = Snippets.valid(Snippets.MINIMAL);
        List<DocumentRequirement> required = g.billing().documentation().requirements();
        assertEquals(1, required.size());
        DocumentRequirement r = required.get(0);
        assertEquals("28626-0", r.loinc());
        assertEquals("loinc-28626-0", r.id());
        assertEquals(new TimeSpan(6, TimeSpan.Unit.MONTHS), r.window());
        assertEquals("", r.timeFrameModifier());
        assertEquals("", r.name());
        assertEquals(14, r.at().line());
        assertEquals(13, r.at().column());
    }

    @Test
    void requiresDocumentAcceptsOtherUnits() {
        for (String unit : List.of("1.day", "2.days", "3.weeks", "1.month", "1.year", "2.years")) {
            Guideline g = Snippets.valid(Snippets.replacing(14, "requiresDocument loinc: '28626-0' within " + unit));
            TimeSpan window = g.billing().documentation().requirements().get(0).window();
            assertEquals(Integer.parseInt(unit.substring(0, 1)), window.amount(), unit);
        }
    }

    @Test
    void exceptionDefersByDefault() {
        Guideline g = Snippets.valid(Snippets.MINIMAL);
        ProgramException fep = g.programExceptions().forLine(LineOfBusiness.FEP).orElseThrow();
        assertEquals(ProgramException.Effect.DEFER_TO_PROGRAM, fep.effect());
        assertEquals("fep", fep.id());
        assertEquals("", fep.text());
    }

    @Test
    void exceptionFollowingTheGuidelineApplies() {
        Guideline g = Snippets.valid(Snippets.replacing(18, "exception 'MEDICARE_ADVANTAGE', follow: 'guideline'"));
        assertEquals(ProgramException.Effect.APPLY_GUIDELINE,
                g.programExceptions().forLine(LineOfBusiness.MEDICARE_ADVANTAGE).orElseThrow().effect());
        Guideline p = Snippets.valid(Snippets.replacing(18, "exception 'SAO', follow: 'program', id: 'state-accounts'"));
        ProgramException sao = p.programExceptions().forLine(LineOfBusiness.SAO).orElseThrow();
        assertEquals(ProgramException.Effect.DEFER_TO_PROGRAM, sao.effect());
        assertEquals("state-accounts", sao.id());
    }

    @Test
    void readingIsRepeatableAndPositionsDoNotMatter() {
        Guideline again = new PolicyReader().read(POLICY.toString(), bytes).guideline().orElseThrow();
        assertEquals(igrt, again);
        Guideline a = Snippets.valid(Snippets.MINIMAL);
        Guideline b = Snippets.valid(Snippets.MINIMAL.replace("    title", "    \n    title"));
        assertEquals(a.positionStatement(), b.positionStatement());
    }

    private static List<String> between(String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, start + " comes before " + end);
        return text.subList(from + 1, to);
    }

    private static List<String> after(String start) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, start);
        return text.subList(from + 1, text.size());
    }
}
