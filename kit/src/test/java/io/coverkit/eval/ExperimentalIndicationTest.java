package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.Outcome;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.validate.GuidelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An {@code indication} inside an {@code experimental} statement, as the vocabulary allows: the
 * statement holds when the request names the indication, and the id is one a request may name.
 */
class ExperimentalIndicationTest {

    private static final String POLICY = Snippets.MINIMAL.replace("""
                    anyOf {
                        indication 'Implanted fiducial markers'
                    }
            """, """
                    experimental('Guidance for benign lesions is investigational.', id: 'benign-lesions') {
                        indication 'The target is a benign lesion', id: 'benign-lesion'
                    }
                    anyOf {
                        indication 'Implanted fiducial markers'
                    }
            """);

    private final Guideline guideline = Snippets.validated(POLICY);
    private final Evaluator evaluator = new GuidelineCompiler().compile(guideline);

    private RequestBuilder documented() {
        return RequestBuilder.requestFor(guideline).cpt("77387").on("2026-06-01").allDocumentsDated("2026-05-01");
    }

    @Test
    void theStatementHoldsWhenTheRequestNamesItsIndication() {
        assertTrue(POLICY.contains("experimental("), "the snippet carries the statement");
        Determination d = evaluator.decide(documented().indication("benign-lesion", "implanted-fiducial-markers").build());

        assertEquals(Outcome.EXPERIMENTAL_INVESTIGATIONAL, d.outcome(), "an experimental statement decides before the criteria");
        Finding statement = d.findings().stream().filter(f -> f.ref().equals("benign-lesions")).findFirst().orElseThrow();
        assertEquals("Guidance for benign lesions is investigational.", statement.text());
        assertTrue(evaluator.clauses().contains("01-00000-00/experimental/benign-lesions"));
    }

    @Test
    void withoutTheIndicationTheCriteriaDecide() {
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, evaluator.decide(documented().indication("implanted-fiducial-markers").build()).outcome());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, evaluator.decide(documented().build()).outcome());
    }

    @Test
    void theIndicationIsKnownToRequestsAndAnUnknownOneIsStillRefused() {
        assertEquals(List.of(), evaluator.check(documented().indication("benign-lesion").build()));
        var errors = evaluator.check(documented().indication("benign-lesions").build());
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("indications[0]", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("known: benign-lesion, implanted-fiducial-markers"), errors.get(0).message());
    }

    @Test
    void itsIdMustDifferFromTheCriteriasIndications() {
        String clash = POLICY.replace("id: 'benign-lesion'", "id: 'implanted-fiducial-markers'");
        List<Diagnostic> found = new GuidelineValidator().validate(Snippets.valid(clash));
        assertTrue(found.stream().anyMatch(d -> d.code() == DiagnosticCode.C001 && d.at().line() == 6),
                () -> "a duplicate id, at the experimental statement's indication (written first), found " + found);
    }
}
