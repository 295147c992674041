package io.coverkit.server.dtr;

import io.coverkit.server.fhir.Fhir;
import static io.coverkit.server.dtr.DtrFixtures.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A questionnaire is generated for every guideline of policies/ and every revision, and holds together. */
class AllGuidelinesFormTest {

    static Stream<String> guidelines() {
        return DtrFixtures.library().guidelineIds().stream();
    }

    @Test
    void everyGuidelineOfPoliciesIsLoaded() {
        assertEquals(8, DtrFixtures.library().guidelineIds().size(), DtrFixtures.library().guidelineIds().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guidelines")
    void everyRevisionHasAWellFormedQuestionnaire(String id) {
        Guideline g = DtrFixtures.library().evaluator(id).orElseThrow().guideline();
        QuestionnaireGenerator generator = new QuestionnaireGenerator(BASE);
        for (Revision r : g.revisions()) {
            Questionnaire q = generator.generate(g, r.effective(), null);
            String at = id + " " + r.effective();
            assertEquals(r.effective().toString(), q.getVersion(), at);
            assertEquals(QuestionnaireUrls.url(BASE, id), q.getUrl(), at);
            assertTrue(q.getName().matches("[A-Z][A-Za-z0-9_]{0,254}"), at + " name " + q.getName());
            assertTrue(q.getText().getDivAsString().contains(g.title().substring(0, 10)) || q.getText().hasDiv(), at);
            assertFalse(q.getItem().isEmpty(), at);
            List<String> seen = new ArrayList<>();
            check(q.getItem(), seen, at);
            assertEquals(seen.size(), new HashSet<>(seen).size(), at + " linkIds are distinct: " + seen);
            // The form is FHIR: it writes and reads back unchanged.
            String json = Fhir.encode(q);
            Questionnaire back = (Questionnaire) Fhir.context().newJsonParser().parseResource(json);
            assertEquals(json, Fhir.encode(back), at);
        }
    }

    // Item rules of R4 and the profile that a generator could break: groups hold items, displays carry
    // no code and take no answer, choices have options, and enableWhen points at an item asked before.
    private static void check(List<QuestionnaireItemComponent> items, List<String> seen, String at) {
        for (QuestionnaireItemComponent item : items) {
            String where = at + " " + item.getLinkId();
            assertFalse(item.getText().isBlank(), where);
            for (Questionnaire.QuestionnaireItemEnableWhenComponent when : item.getEnableWhen()) {
                assertTrue(seen.contains(when.getQuestion()), where + " is enabled by an earlier item: " + when.getQuestion());
            }
            seen.add(item.getLinkId());
            switch (item.getType()) {
                case GROUP -> assertFalse(item.getItem().isEmpty(), where);
                case DISPLAY -> assertTrue(!item.hasCode() && !item.hasRequired() && !item.hasRepeats(), where);
                case CHOICE -> assertFalse(item.getAnswerOption().isEmpty(), where);
                default -> assertTrue(item.getAnswerOption().isEmpty(), where);
            }
            assertTrue(item.getEnableWhen().size() <= 1 || item.hasEnableBehavior(), where);
            check(item.getItem(), seen, at);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guidelines")
    void criteriaShownAsTextAreSaidSo(String id) {
        Guideline g = DtrFixtures.library().evaluator(id).orElseThrow().guideline();
        Revision latest = g.revisions().get(g.revisions().size() - 1);
        FormPlan plan = FormPlanner.plan(g, latest.effective(), null);
        Set<String> displays = new HashSet<>();
        for (FormItem item : plan.byLinkId().values()) {
            if (item.kind() == FormItem.Kind.DISPLAY && item.linkId().startsWith("criterion/")) {
                displays.add(item.linkId());
                assertTrue(item.text().contains("[Not asked on this form:"), item.text());
            }
        }
        assertEquals(displays.size(), plan.unsupported().size(), plan.unsupported().toString());
        System.out.println(id + " " + latest.effective() + ": " + plan.byLinkId().size() + " items, shown as text: " + plan.unsupported());
    }
}
