package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.SourceRef;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vocabulary is declared once, completely: every keyword documented, every block reachable. */
class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void everyKeywordHasHelpAndASignature() {
        assertFalse(vocabulary.keywords().isEmpty());
        for (Keyword k : vocabulary.keywords()) {
            assertFalse(k.help() == null || k.help().isBlank(), k.name());
            assertTrue(k.help().endsWith("."), "help is a sentence: " + k.name());
            String signature = k.signature();
            assertTrue(signature.startsWith(k.name()), signature);
            assertEquals(k.body() != null, signature.endsWith("{ ... }"), signature);
            for (Param p : k.positional()) {
                assertTrue(signature.contains(p.name()), signature + " names " + p.name());
                assertFalse(p.help().isBlank(), k.name() + " " + p.name());
            }
            for (Param p : k.named()) {
                assertTrue(signature.contains(p.name() + ": ..."), signature + " names " + p.name());
                assertFalse(p.help().isBlank(), k.name() + " " + p.name());
            }
            if (k.chained() != null) {
                assertTrue(signature.contains(k.chained().name() + " ..."), signature);
                assertFalse(k.chained().help().isBlank());
            }
            assertTrue(k.name().matches("[a-z][A-Za-z0-9]*"), k.name());
        }
    }

    @Test
    void everyArgumentTypeSaysWhatItExpects() {
        for (ArgType t : ArgType.values()) {
            assertFalse(t.expected().isBlank(), t.name());
        }
    }

    @Test
    void eachKeywordIsDeclaredOncePerBlock() {
        Set<String> seen = new HashSet<>();
        for (Keyword k : vocabulary.keywords()) {
            assertTrue(seen.add(k.in() + " " + k.name()), "declared twice: " + k.name() + " in " + k.in());
        }
    }

    @Test
    void everyBlockIsOpenedBySomeKeywordAndHoldsSome() {
        Set<Block> opened = EnumSet.noneOf(Block.class);
        vocabulary.keywords().stream().filter(k -> k.body() != null).forEach(k -> opened.add(k.body()));
        for (Block b : Block.values()) {
            assertFalse(vocabulary.allowedIn(b).isEmpty(), "nothing is allowed in " + b);
            assertTrue(b == Block.FILE || opened.contains(b), "no keyword opens " + b);
            assertFalse(b.description().isBlank());
        }
    }

    @Test
    void theDesignCardFormsAreDeclared() {
        Keyword indication = vocabulary.find(Block.CRITERIA, "indication").orElseThrow();
        assertEquals("indication text, [id: ...], [added: ...], [deleted: ...]", indication.signature());
        Keyword requires = vocabulary.find(Block.DOCUMENTATION, "requiresDocument").orElseThrow();
        assertEquals("within", requires.chained().name());
        assertEquals(ArgType.SPAN, requires.chained().type());
        assertTrue(requires.chained().required());
        assertEquals("requiresDocument loinc: ..., [name: ...], [timeFrame: ...], [id: ...], [added: ...], [deleted: ...] within ...", requires.signature());
        Keyword exception = vocabulary.find(Block.PROGRAM_EXCEPTIONS, "exception").orElseThrow();
        assertEquals(ArgType.LINE_OF_BUSINESS, exception.positional().get(0).type());
        assertTrue(exception.namedParam("follow").isPresent());
    }

    @Test
    void lookUpIsByBlock() {
        assertTrue(vocabulary.find(Block.CRITERIA, "code").isEmpty());
        assertEquals(List.of(Block.CODES), vocabulary.blocksOf("code"));
        assertTrue(vocabulary.blocksOf("paragraph").size() > 1);
        assertTrue(vocabulary.blocksOf("nothing").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> vocabulary.keywords().add(null));
    }

    @Test
    void didYouMean() {
        assertEquals(Optional.of("indication"), vocabulary.closest(Block.CRITERIA, "indicaton"));
        assertEquals(Optional.of("indication"), vocabulary.closest(Block.CRITERIA, "Indication"));
        assertEquals(Optional.of("requiresDocument"), vocabulary.closest(Block.DOCUMENTATION, "requireDocument"));
        assertEquals(Optional.of("originalEffectiveDate"), vocabulary.closest(Block.GUIDELINE, "orginalEffectiveDate"));
        assertEquals(Optional.empty(), vocabulary.closest(Block.CRITERIA, "frobnicate"));
        assertEquals(Optional.of("name"), Vocabulary.closestOf(List.of("loinc", "name", "timeFrame", "id"), "nmae"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"28626-0", "18741-9", "18776-5", "18805-2", "1-8", "10-9"})
    void loincCheckDigitAccepts(String code) {
        assertTrue(ArgType.loincCheckDigitHolds(code), code);
        assertTrue(ArgType.LOINC.check(new Value.Text(code, SourceRef.UNKNOWN)).isEmpty(), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"28626-1", "18741-0", "18776-4", "18805-3"})
    void loincCheckDigitRejects(String code) {
        assertFalse(ArgType.loincCheckDigitHolds(code), code);
        ArgType.Problem problem = ArgType.LOINC.check(new Value.Text(code, SourceRef.UNKNOWN)).orElseThrow();
        assertEquals(DiagnosticCode.V002, problem.code());
        assertEquals("`" + code + "` is not a valid LOINC code", problem.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"28626", "28626-", "-0", "28626-00", "12345678-0", "2862a-0", " 28626-0", ""})
    void malformedLoincIsRejected(String code) {
        assertEquals(DiagnosticCode.V002, ArgType.LOINC.check(new Value.Text(code, SourceRef.UNKNOWN)).orElseThrow().code());
    }

    @Test
    void valueChecks() {
        SourceRef at = SourceRef.UNKNOWN;
        assertTrue(ArgType.DATE.check(new Value.Text("2024-02-29", at)).isEmpty());
        assertEquals(DiagnosticCode.V001, ArgType.DATE.check(new Value.Text("2023-02-29", at)).orElseThrow().code());
        assertEquals(DiagnosticCode.V002, ArgType.PROCEDURE_CODE.check(new Value.Text("7738", at)).orElseThrow().code());
        assertTrue(ArgType.PROCEDURE_CODE.check(new Value.Text("G6017", at)).isEmpty());
        assertEquals(DiagnosticCode.V004, ArgType.LINE_OF_BUSINESS.check(new Value.Text("Fep", at)).orElseThrow().code());
        assertTrue(ArgType.LINE_OF_BUSINESS.check(new Value.Text("MEDICAID", at)).isEmpty());
        assertEquals(DiagnosticCode.V003, ArgType.ID.check(new Value.Text("Not-An-Id", at)).orElseThrow().code());
        assertTrue(ArgType.SPAN.acceptsShape(new Value.Span(new io.coverkit.model.TimeSpan(6, io.coverkit.model.TimeSpan.Unit.MONTHS), at)));
        assertFalse(ArgType.TEXT.acceptsShape(new Value.Whole(42, at)));
        assertFalse(ArgType.BOOLEAN.acceptsShape(new Value.Text("true", at)));
    }
}
