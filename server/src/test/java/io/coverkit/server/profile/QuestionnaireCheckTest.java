package io.coverkit.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Questionnaires against dtr-std-questionnaire and package output against dtr-qpackage-output-parameters. */
class QuestionnaireCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = Checkers.read(Checkers.FIXTURES.resolve("questionnaire/igrt-std-questionnaire.json"));

    private static Questionnaire parse(String json) {
        return (Questionnaire) Checkers.shared().fhirContext().newJsonParser().parseResource(json);
    }

    private static String dtrExample(String file) throws IOException {
        try (InputStream in = ConformanceIndex.class.getResourceAsStream("hl7.fhir.us.davinci-dtr-2.0.1.tgz")) {
            NpmPackage pkg = NpmPackage.fromPackage(in, "dtr", false);
            try (InputStream res = pkg.load("example", file)) {
                return new String(res.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void aFormShapedLikeCoverkitsConforms() {
        List<ProfileIssue> issues = Checkers.shared().checkQuestionnaire(parse(GOOD));
        assertEquals(List.of(), Checkers.errors(issues), issues::toString);
    }

    @Test
    void anExistsConditionWithABooleanAnswerConforms() throws IOException {
        ObjectNode form = (ObjectNode) JSON.readTree(GOOD);
        ObjectNode when = (ObjectNode) item(form, 2).get("enableWhen").get(0);
        when.put("operator", "exists");
        when.remove(List.of("answerCoding", "answerString", "answerDate", "answerInteger", "answerDecimal"));
        when.put("answerBoolean", true);
        List<ProfileIssue> issues = Checkers.shared().checkQuestionnaire(parse(JSON.writeValueAsString(form)));
        assertEquals(List.of(), Checkers.errors(issues), issues::toString);
    }

    @Test
    void theDtrPackagesOwnStandardQuestionnaireConforms() throws IOException {
        List<ProfileIssue> issues =
                Checkers.shared().checkQuestionnaire(parse(dtrExample("Questionnaire-home-o2-std-questionnaire.json")));
        assertEquals(List.of(), Checkers.errors(issues), issues::toString);
    }

    @Test
    void theDtrPackagesOwnPackageOutputConforms() throws IOException {
        Parameters output = (Parameters) Checkers.shared()
                .fhirContext()
                .newJsonParser()
                .parseResource(dtrExample("Parameters-QuestionnairePackageOutputParamsExample.json"));
        List<ProfileIssue> issues = Checkers.shared().checkQuestionnairePackage(output);
        assertEquals(List.of(), Checkers.errors(issues), issues::toString);
    }

    @Test
    void packageOutputWithoutItsBundleFails() {
        Parameters output = new Parameters();
        List<ProfileIssue> issues = Checkers.shared().checkQuestionnairePackage(output);
        assertTrue(issues.stream().anyMatch(i -> i.isError() && i.key().equals("cardinality")), issues::toString);
    }

    /** A named way to break the good form, and the rule it must break. */
    record Breakage(String name, String key, Consumer<ObjectNode> edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ObjectNode item(ObjectNode q, int i) {
        return (ObjectNode) q.get("item").get(i);
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                        new Breakage("no url", "cardinality", q -> q.remove("url")),
                        new Breakage("no narrative", "cardinality", q -> q.remove("text")),
                        new Breakage("no subjectType", "cardinality", q -> q.remove("subjectType")),
                        new Breakage("unknown status", "binding", q -> q.put("status", "published")),
                        new Breakage("item without linkId", "cardinality", q -> item(q, 0).remove("linkId")),
                        new Breakage("item without type", "cardinality", q -> item(q, 2).remove("type")),
                        new Breakage("unknown item type", "binding", q -> item(q, 2).put("type", "yes-no")),
                        new Breakage("linkId used twice", "que-2", q -> item(q, 2).put("linkId", "indication")),
                        new Breakage("group without items", "que-1", q -> item(q, 1).remove("item")),
                        new Breakage("display item that is required", "que-6",
                                q -> ((ObjectNode) item(q, 1).get("item").get(1)).put("required", true)),
                        new Breakage("answerOption and answerValueSet together", "que-4",
                                q -> item(q, 0).put("answerValueSet", "http://example.org/ValueSet/x")),
                        new Breakage("exists with a non-boolean answer", "que-7",
                                q -> ((ObjectNode) item(q, 2).get("enableWhen").get(0)).put("operator", "exists")),
                        new Breakage("unknown enableWhen operator", "binding",
                                q -> ((ObjectNode) item(q, 2).get("enableWhen").get(0)).put("operator", "~")),
                        new Breakage("three enableWhen without enableBehavior", "que-12", q -> {
                            ArrayNode when = (ArrayNode) item(q, 2).get("enableWhen");
                            when.add(when.get(0).deepCopy());
                            when.add(when.get(0).deepCopy());
                        }),
                        new Breakage("assemble-expectation, which DTR forbids", "cardinality",
                                q -> q.putArray("extension").addObject()
                                        .put("url", "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-assemble-expectation")
                                        .put("valueCode", "assemble-root")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachBrokenFormFailsWithTheRuleItBreaks(Breakage breakage) throws Exception {
        ObjectNode q = (ObjectNode) JSON.readTree(GOOD);
        breakage.edit().accept(q);
        List<ProfileIssue> issues = Checkers.shared().checkJson(JSON.writeValueAsString(q), DtrProfiles.STD_QUESTIONNAIRE);
        assertTrue(
                issues.stream().anyMatch(i -> i.isError() && i.key().equals(breakage.key())),
                () -> breakage + ": expected " + breakage.key() + ", got " + issues);
    }
}
