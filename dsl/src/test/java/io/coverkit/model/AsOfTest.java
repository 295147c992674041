package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.dsl.PolicyReader;
import io.coverkit.render.GuidelineRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Guideline#asOf} on the real IGRT policy: the guideline as it stood on a date. */
class AsOfTest {

    static final Path POLICY = Path.of("policies/04-77260-19.groovy");

    static Guideline igrt;

    @BeforeAll
    static void read() throws IOException {
        PolicyReader.Result result = new PolicyReader().read(POLICY.toString(), Files.readAllBytes(POLICY));
        igrt = result.guideline().orElseThrow(() -> new AssertionError("the policy reads: " + result.diagnostics()));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** The codes in force, by system, in published order; a system with none in force has no list. */
    static Map<String, List<String>> codes(Guideline g) {
        return g.billing().codeLists().stream().collect(Collectors.toMap(CodeList::system,
                l -> l.codes().stream().map(ProcedureCode::code).toList(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @ParameterizedTest(name = "{0}: CPT {1}; HCPCS {2}")
    @CsvSource(delimiter = ';', value = {
        "2014-12-31; 77014 0197T 76050 77421 32553 49411 55876; ",
        "2015-01-01; 77387 77014 32553 49411 55876; G6001 G6002 G6017",
        "2016-04-30; 77387 77014 32553 49411 55876; G6001 G6002 G6017",
        "2016-05-01; 77387 77014; G6001 G6002 G6017",
        "2025-12-31; 77387 77014; G6001 G6002 G6017",
        "2026-01-01; 77387; ",
        "2026-05-15; 77387; ",
    })
    void codesInForceOnADate(String on, String cpt, String hcpcs) {
        Map<String, List<String>> codes = codes(igrt.asOf(date(on)));

        assertEquals(List.of(cpt.split(" ")), codes.get("CPT"), "CPT on " + on);
        if (hcpcs == null) {
            assertFalse(codes.containsKey("HCPCS"), "no HCPCS list on " + on + ": " + codes);
        } else {
            assertEquals(List.of(hcpcs.split(" ")), codes.get("HCPCS"), "HCPCS on " + on);
        }
        assertEquals(codes.values().stream().flatMap(List::stream).toList(),
                igrt.asOf(date(on)).billing().codes().stream().map(ProcedureCode::code).toList());
    }

    @Test
    void theWholeGuidelineStillListsEveryCodeWithItsDates() {
        assertEquals(11, igrt.billing().codes().size());
        ProcedureCode g6001 = igrt.billing().codes().stream().filter(c -> c.code().equals("G6001")).findFirst().orElseThrow();
        assertEquals(new Validity(date("2015-01-01"), date("2026-01-01")), g6001.validity());
    }

    @Test
    void documentationRequirementsAreAbsentBeforeTheRevisionThatAddedThem() {
        Documentation before = igrt.asOf(date("2016-04-30")).billing().documentation();
        Documentation on = igrt.asOf(date("2016-05-01")).billing().documentation();

        assertEquals(List.of(), before.requirements());
        assertEquals(List.of(), before.paragraphs());
        assertEquals(List.of(), before.timeFrameModifiers());
        assertEquals(List.of("28626-0", "18741-9", "18776-5"), on.requirements().stream().map(DocumentRequirement::loinc).toList());
        assertEquals(1, on.paragraphs().size());
        assertEquals(List.of("18805-2"), on.timeFrameModifiers().stream().map(TimeFrameModifier::loinc).toList());
    }

    @Test
    void unknownPeriodsAreKeptOnlyWhileTheyCoverTheDate() {
        assertEquals(List.of(Section.POSITION_STATEMENT, Section.PROGRAM_EXCEPTIONS),
                sections(igrt.asOf(date("2016-04-30"))));
        assertEquals(List.of(Section.POSITION_STATEMENT), sections(igrt.asOf(date("2016-05-01"))));
        assertEquals(List.of(Section.POSITION_STATEMENT), sections(igrt.asOf(date("2023-05-14"))));
        assertEquals(List.of(), sections(igrt.asOf(date("2023-05-15"))));
        assertEquals(List.of(), sections(igrt.asOf(date("2026-05-15"))));
    }

    @Test
    void unknownOnNamesTheSectionWhoseContentIsUnknown() {
        assertTrue(igrt.unknownOn(Section.POSITION_STATEMENT, date("2023-05-14")).isPresent());
        assertEquals(date("2023-05-15"), igrt.unknownOn(Section.POSITION_STATEMENT, date("2010-02-15")).orElseThrow().before());
        assertTrue(igrt.unknownOn(Section.POSITION_STATEMENT, date("2023-05-15")).isEmpty());
        assertTrue(igrt.unknownOn(Section.PROGRAM_EXCEPTIONS, date("2016-04-30")).isPresent());
        assertTrue(igrt.unknownOn(Section.PROGRAM_EXCEPTIONS, date("2016-05-01")).isEmpty());
        assertTrue(igrt.unknownOn(Section.DOCUMENTATION, date("2010-02-15")).isEmpty(), "no unknown period for documentation");
    }

    private static List<String> sections(Guideline g) {
        return g.unknownPeriods().stream().map(UnknownPeriod::section).toList();
    }

    @Test
    void revisionsRunUpToTheDateAndTheRevisedDateIsTheOneInForce() {
        Guideline g = igrt.asOf(date("2015-01-01"));

        assertEquals(List.of("2010-02-15", "2011-01-01", "2011-02-15", "2011-10-01", "2014-05-15", "2015-01-01"),
                g.revisions().stream().map(r -> r.effective().toString()).toList());
        assertEquals(date("2015-01-01"), g.revised());
        assertEquals(date("2014-05-15"), igrt.asOf(date("2014-12-31")).revised());
        assertEquals(5, igrt.asOf(date("2014-12-31")).revisions().size());
        assertEquals(igrt.revisions(), igrt.asOf(date("2026-05-15")).revisions());
        assertEquals(date("2026-05-15"), igrt.asOf(date("2030-01-01")).revised());
    }

    @Test
    void beforeTheFirstRevisionThereIsNoRevision() {
        Guideline g = igrt.asOf(date("2010-02-14"));

        assertEquals(List.of(), g.revisions());
        assertNull(g.revised());
        assertTrue(igrt.revisionOn(date("2010-02-14")).isEmpty());
        assertEquals(date("2010-02-15"), igrt.revisionOn(date("2010-02-15")).orElseThrow().effective());
        assertEquals(date("2025-05-15"), igrt.revisionOn(date("2025-12-31")).orElseThrow().effective());
        assertEquals(date("2026-01-01"), igrt.revisionOn(date("2026-01-01")).orElseThrow().effective());
    }

    @Test
    void reviewAndCommitteeApprovalAppearOnlyOnceTheyHappened() {
        Guideline before = igrt.asOf(date("2026-04-22"));
        Guideline after = igrt.asOf(date("2026-04-23"));

        assertNull(before.reviewed());
        assertNull(before.committeeApproval());
        assertEquals(date("2026-04-23"), after.reviewed());
        assertEquals(date("2026-04-23"), after.committeeApproval().date());
    }

    @Test
    void theMedicareAdvantageExceptionIsInForceOnlyFromTheRevisionThatAddedIt() {
        assertEquals(List.of(LineOfBusiness.FEP, LineOfBusiness.SAO), lines(igrt.asOf(date("2014-05-14"))));
        assertEquals(List.of(LineOfBusiness.FEP, LineOfBusiness.SAO, LineOfBusiness.MEDICARE_ADVANTAGE),
                lines(igrt.asOf(date("2014-05-15"))));
    }

    private static List<LineOfBusiness> lines(Guideline g) {
        return g.programExceptions().exceptions().stream().map(ProgramException::lineOfBusiness).toList();
    }

    @Test
    void anAsOfViewIsStableAndKeepsIdentity() {
        Guideline g = igrt.asOf(date("2025-12-31"));

        assertEquals(igrt.id(), g.id());
        assertEquals(igrt.sourceDigest(), g.sourceDigest());
        assertEquals(igrt.originalEffectiveDate(), g.originalEffectiveDate());
        assertEquals(g, g.asOf(date("2025-12-31")), "as of the same date again changes nothing");
        assertEquals(10, g.positionStatement().indications().size());
    }

    @Test
    void theNewestRevisionRendersWithOnly77387() {
        Guideline newest = igrt.asOf(date("2026-05-15"));

        String md = new GuidelineRenderer().render(newest, GuidelineRenderer.Format.MD);

        String billing = section(md, "## BILLING/CODING INFORMATION:");
        List<String> codeItems = billing.lines().filter(l -> l.startsWith("- ")).toList();
        assertEquals(1, codeItems.size(), billing);
        assertTrue(codeItems.get(0).startsWith("- 77387 Guidance for localization"), billing);
        assertTrue(billing.contains("CPT Coding:"), billing);
        assertFalse(billing.contains("HCPCS Coding:"), "no HCPCS code is in force: " + billing);
        assertFalse(billing.contains("77014") || billing.contains("G6001"), billing);
        assertFalse(md.contains("Not published"), "nothing is unknown in the newest revision");
        assertTrue(md.contains("Revised: 05/15/26"), md);
        assertEquals(md, new GuidelineRenderer().render(igrt, date("2026-05-15"), GuidelineRenderer.Format.MD),
                "rendering a guideline on a date renders its asOf view");
    }

    @Test
    void anOldRevisionRendersItsOwnCodesAndTheUnknownNotice() {
        String md = new GuidelineRenderer().render(igrt, date("2014-06-01"), GuidelineRenderer.Format.MD);

        String billing = section(md, "## BILLING/CODING INFORMATION:");
        assertTrue(billing.lines().anyMatch(l -> l.equals("- 77014")), billing);
        assertFalse(billing.contains("77387"), billing);
        String position = section(md, "## POSITION STATEMENT:");
        assertTrue(position.contains("> Not published: "), md);
        assertFalse(position.contains("Implanted fiducial markers"), "today's indications are not shown as the 2014 ones");
        String exceptions = section(md, "## PROGRAM EXCEPTIONS:");
        assertTrue(exceptions.contains("> Not published: "), md);
        assertFalse(exceptions.contains("Follow FEP guidelines."), "nor today's exception text");
        assertTrue(md.contains("Revised: 05/15/14"), md);
    }

    /** The text from {@code heading} to the next heading. */
    static String section(String md, String heading) {
        int start = md.indexOf(heading);
        assertTrue(start >= 0, () -> "no " + heading + " in:\n" + md);
        int end = md.indexOf("\n## ", start + heading.length());
        return md.substring(start, end < 0 ? md.length() : end);
    }
}
