package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a hook response against the coverage-information rules of CRD 2.0.1 and 2.2 and the CDS
 * Hooks card rules, written from the specifications independently of the code under test.
 */
final class CrdInvariants {

    static final String EXT = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

    private static io.coverkit.server.profile.ProfileChecker checker;

    private CrdInvariants() {}

    private static synchronized io.coverkit.server.profile.ProfileChecker checker() {
        if (checker == null) {
            checker = io.coverkit.server.profile.ProfileChecker.load();
        }
        return checker;
    }

    /**
     * The profile checker's verdict on an updated order: the resource against its base definition
     * and each coverage-information extension against CRD 2.0.1's definition (with coverkit's rules
     * where the published FHIRPath is wrong); no error allowed.
     */
    private static void profileCheck(JsonNode resource) {
        org.hl7.fhir.r4.model.Resource parsed = (org.hl7.fhir.r4.model.Resource) io.coverkit.server.fhir.Fhir.parse(resource.toString());
        List<io.coverkit.server.profile.ProfileIssue> errors = new ArrayList<>();
        checker().check(parsed).stream().filter(io.coverkit.server.profile.ProfileIssue::isError).forEach(errors::add);
        if (parsed instanceof org.hl7.fhir.r4.model.DomainResource dr) {
            for (org.hl7.fhir.r4.model.Extension e : dr.getExtension()) {
                if (EXT.equals(e.getUrl())) {
                    checker().checkExtension(e).stream().filter(io.coverkit.server.profile.ProfileIssue::isError).forEach(errors::add);
                }
            }
        }
        assertTrue(errors.isEmpty(), "profile errors: " + errors + " in " + resource);
    }

    /** Every extension of the response, with the coverage-assertion-id rules across them. */
    static List<Map<String, List<JsonNode>>> check(JsonNode response, boolean primary) {
        List<Map<String, List<JsonNode>>> all = new ArrayList<>();
        Map<String, String> idByCoverage = new HashMap<>();
        Map<String, String> coverageById = new HashMap<>();
        for (JsonNode card : response.path("cards")) {
            assertTrue(card.path("summary").asText().length() < 140, "summary under 140 characters: " + card);
            assertTrue(List.of("info", "warning", "critical").contains(card.path("indicator").asText()), "indicator: " + card);
            assertFalse(card.path("source").path("label").asText().isBlank(), "source.label: " + card);
            for (JsonNode link : card.path("links")) {
                assertTrue(List.of("absolute", "smart").contains(link.path("type").asText()), "link type: " + link);
                assertFalse(link.path("label").asText().isBlank(), "link label");
            }
        }
        for (JsonNode action : response.path("systemActions")) {
            assertEquals("update", action.path("type").asText());
            profileCheck(action.path("resource"));
            for (JsonNode ext : action.path("resource").path("extension")) {
                if (!EXT.equals(ext.path("url").asText())) {
                    continue;
                }
                Map<String, List<JsonNode>> parts = new HashMap<>();
                for (JsonNode sub : ext.path("extension")) {
                    parts.computeIfAbsent(sub.path("url").asText(), k -> new ArrayList<>()).add(value(sub));
                }
                checkOne(parts, primary);
                String coverage = parts.get("coverage").get(0).toString();
                String id = parts.get("coverage-assertion-id").get(0).asText();
                String before = idByCoverage.putIfAbsent(coverage, id);
                assertTrue(before == null || before.equals(id), "one coverage-assertion-id per coverage");
                String other = coverageById.putIfAbsent(id, coverage);
                assertTrue(other == null || other.equals(coverage), "distinct coverage-assertion-ids across coverages");
                all.add(parts);
            }
        }
        return all;
    }

    private static JsonNode value(JsonNode sub) {
        var it = sub.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (f.startsWith("value")) {
                return sub.get(f);
            }
        }
        throw new AssertionError("sub-extension without a value: " + sub);
    }

    static String code(Map<String, List<JsonNode>> parts, String url) {
        List<JsonNode> v = parts.get(url);
        return v == null ? null : v.get(0).asText();
    }

    private static void checkOne(Map<String, List<JsonNode>> p, boolean primary) {
        for (String one : List.of("coverage", "covered", "date", "coverage-assertion-id")) {
            assertEquals(1, p.getOrDefault(one, List.of()).size(), one + " is 1..1 in " + p);
        }
        for (String atMostOne : List.of("pa-needed", "doc-needed", "satisfied-pa-id")) {
            assertTrue(p.getOrDefault(atMostOne, List.of()).size() <= 1, atMostOne + " is 0..1");
        }
        String covered = code(p, "covered");
        String pa = code(p, "pa-needed");
        String doc = code(p, "doc-needed");
        assertTrue(List.of("covered", "not-covered", "conditional").contains(covered));
        // q1
        if (p.containsKey("questionnaire") || p.containsKey("response")) {
            assertTrue(doc != null, "crd-ci-q1: questionnaire only with doc-needed " + p);
        }
        // q2, as its text says and as 2.0.1's FHIRPath says
        if ("not-covered".equals(covered)) {
            assertTrue(pa == null, "crd-ci-q2: no pa-needed when not covered " + p);
        } else {
            assertTrue(pa != null, "crd-ci-q2 (2.0.1 FHIRPath): pa-needed when covered is not not-covered " + p);
        }
        // q3 both ways
        boolean conditional = "conditional".equals(covered) || "conditional".equals(pa) || "conditional".equals(doc);
        assertEquals(conditional, p.containsKey("info-needed"), "crd-ci-q3: info-needed iff conditional " + p);
        // q5
        assertEquals("satisfied".equals(pa), p.containsKey("satisfied-pa-id"), "crd-ci-q5 " + p);
        // 2.2: doc-purpose and info-needed OTH need a reason (with text)
        boolean needsReason = p.containsKey("doc-purpose") || p.getOrDefault("info-needed", List.of()).stream().anyMatch(n -> n.asText().equals("OTH"));
        if (needsReason) {
            assertTrue(p.getOrDefault("reason", List.of()).stream().anyMatch(r -> !r.path("text").asText().isBlank()), "reason with text " + p);
        }
        for (JsonNode r : p.getOrDefault("reason", List.of())) {
            assertFalse(r.path("text").asText().isBlank(), "a reason carries text (2.2: needed for codes outside the value set)");
        }
        if (!primary) {
            assertFalse("clinical".equals(doc) || "admin".equals(doc) || "both".equals(doc),
                    "secondary hooks never flag doc-needed clinical/admin " + p);
        }
        assertEquals("2026-05-20", p.get("date").get(0).asText(), "date is today by the clock");
        for (JsonNode b : p.getOrDefault("billingCode", List.of())) {
            assertTrue(List.of("http://www.ama-assn.org/go/cpt", "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets").contains(b.path("system").asText()), "billingCode system " + b);
        }
    }
}
