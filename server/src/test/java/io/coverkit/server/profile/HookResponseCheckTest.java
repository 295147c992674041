package io.coverkit.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CDS Hooks 2.0 rules and the coverage-information check on a hook response. */
class HookResponseCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = Checkers.read(Checkers.FIXTURES.resolve("hooks/order-sign-response.json"));

    private static HookResponseCheck check() {
        return new HookResponseCheck(Checkers.shared());
    }

    @Test
    void aConformingResponseHasNoProblems() {
        assertEquals(List.of(), check().problems(GOOD));
    }

    @Test
    void aBackgroundLoadedCheckerServesTheSameAnswer() {
        HookResponseCheck lazy = new HookResponseCheck(() -> Checkers.shared());
        assertEquals(List.of(), lazy.problems(GOOD));
    }

    /** A named way to break the good response, and the problem it must produce. */
    record Breakage(String name, String key, String path, Consumer<ObjectNode> edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ObjectNode card(ObjectNode response, int i) {
        return (ObjectNode) response.get("cards").get(i);
    }

    private static ObjectNode order(ObjectNode response) {
        return (ObjectNode) response.get("systemActions").get(0).get("resource");
    }

    private static ArrayNode coverageInformation(ObjectNode response) {
        return (ArrayNode) order(response).get("extension").get(0).get("extension");
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                        new Breakage("summary of 140 characters", "cds-summary", "cards[0].summary",
                                r -> card(r, 0).put("summary", "x".repeat(140))),
                        new Breakage("summary missing", "cds-summary", "cards[0].summary",
                                r -> card(r, 0).remove("summary")),
                        new Breakage("indicator missing", "cds-indicator", "cards[0].indicator",
                                r -> card(r, 0).remove("indicator")),
                        new Breakage("indicator not a CDS Hooks one", "cds-indicator", "cards[1].indicator",
                                r -> card(r, 1).put("indicator", "hard-stop")),
                        new Breakage("source missing", "cds-source", "cards[1].source",
                                r -> card(r, 1).remove("source")),
                        new Breakage("source without label", "cds-source", "cards[0].source.label",
                                r -> ((ObjectNode) card(r, 0).get("source")).remove("label")),
                        new Breakage("link type neither absolute nor smart", "cds-link", "cards[1].links[0].type",
                                r -> ((ObjectNode) card(r, 1).get("links").get(0)).put("type", "relative")),
                        new Breakage("link without url", "cds-link", "cards[1].links[0].url",
                                r -> ((ObjectNode) card(r, 1).get("links").get(0)).remove("url")),
                        new Breakage("link url relative", "cds-link", "cards[1].links[0].url",
                                r -> ((ObjectNode) card(r, 1).get("links").get(0)).put("url", "/guidelines/x")),
                        new Breakage("link without label", "cds-link", "cards[1].links[0].label",
                                r -> ((ObjectNode) card(r, 1).get("links").get(0)).remove("label")),
                        new Breakage("uuid not a UUID", "cds-uuid", "cards[0].uuid",
                                r -> card(r, 0).put("uuid", "card-1")),
                        new Breakage("cards missing", "cds-response", "cards", r -> r.remove("cards")),
                        new Breakage("system action type unknown", "cds-action", "systemActions[0].type",
                                r -> ((ObjectNode) r.get("systemActions").get(0)).put("type", "replace")),
                        new Breakage("update without resource", "cds-action", "systemActions[0].resource",
                                r -> ((ObjectNode) r.get("systemActions").get(0)).remove("resource")),
                        new Breakage("delete without resourceId", "cds-action", "systemActions[0].resourceId",
                                r -> ((ObjectNode) r.get("systemActions").get(0)).put("type", "delete")),
                        new Breakage("suggestions without selectionBehavior", "cds-suggestion", "cards[0].selectionBehavior",
                                r -> card(r, 0).putArray("suggestions").addObject().put("label", "Order it")),
                        new Breakage("coverage-information without covered", "cardinality",
                                "systemActions[0].resource.extension[0].extension('covered')",
                                r -> coverageInformation(r).remove(1)),
                        new Breakage("coverage-information with an unknown covered code", "binding",
                                "systemActions[0].resource.extension[0].extension('covered').valueCode",
                                r -> ((ObjectNode) coverageInformation(r).get(1)).put("valueCode", "yes")),
                        new Breakage("coverage-information questionnaire without doc-needed", "crd-ci-q1",
                                "systemActions[0].resource.extension[0]",
                                r -> coverageInformation(r).remove(3)),
                        new Breakage("order with a malformed date", "format", "systemActions[0].resource",
                                r -> order(r).put("authoredOn", "yesterday")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachBreakageIsAProblemAtItsPlace(Breakage breakage) throws Exception {
        ObjectNode response = (ObjectNode) JSON.readTree(GOOD);
        breakage.edit().accept(response);
        List<ProfileIssue> errors = Checkers.errors(check().check(JSON.writeValueAsString(response)));
        assertTrue(
                errors.stream().anyMatch(i -> i.key().equals(breakage.key()) && i.path().startsWith(breakage.path())),
                () -> breakage + ": expected " + breakage.key() + " at " + breakage.path() + ", got " + errors);
        List<String> problems = check().problems(JSON.writeValueAsString(response));
        assertEquals(errors.size(), problems.size());
    }

    @Test
    void aSummaryOf139CharactersIsFine() throws Exception {
        ObjectNode response = (ObjectNode) JSON.readTree(GOOD);
        card(response, 0).put("summary", "x".repeat(139));
        assertEquals(List.of(), check().problems(JSON.writeValueAsString(response)));
    }

    @Test
    void notJsonIsOneProblem() {
        List<String> problems = check().problems("{\"cards\": [");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("cds-response: not JSON"), problems::toString);
    }
}
