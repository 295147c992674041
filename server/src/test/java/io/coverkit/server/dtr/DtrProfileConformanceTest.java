package io.coverkit.server.dtr;

import io.coverkit.server.fhir.Fhir;
import static io.coverkit.server.dtr.DtrFixtures.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.Revision;
import io.coverkit.request.CoverageRequest;
import io.coverkit.server.Reply;
import io.coverkit.server.profile.DtrProfiles;
import io.coverkit.server.profile.ProfileChecker;
import io.coverkit.server.profile.ProfileIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every generated questionnaire passes {@code dtr-std-questionnaire}, and the package operation's
 * output passes {@code dtr-qpackage-output-parameters}, under coverkit's profile checker.
 */
class DtrProfileConformanceTest {

    private static ProfileChecker checker;

    @BeforeAll
    static void load() {
        checker = ProfileChecker.load();
    }

    private static List<ProfileIssue> errors(org.hl7.fhir.r4.model.Resource resource, String profile) {
        return checker.check(resource, profile).stream().filter(ProfileIssue::isError).toList();
    }

    @Test
    void everyQuestionnaireOfEveryGuidelineAndRevisionConforms() {
        QuestionnaireGenerator generator = new QuestionnaireGenerator(BASE);
        int checked = 0;
        for (String id : DtrFixtures.library().guidelineIds()) {
            Guideline g = DtrFixtures.library().evaluator(id).orElseThrow().guideline();
            for (Revision r : g.revisions()) {
                Questionnaire q = generator.generate(g, r.effective(), null);
                assertEquals(List.of(), errors(q, DtrProfiles.STD_QUESTIONNAIRE), id + " " + r.effective());
                checked++;
            }
        }
        assertTrue(checked >= 8, "questionnaires checked: " + checked);
    }

    @Test
    void theCheckerWouldCatchABrokenQuestionnaire() {
        Guideline g = DtrFixtures.library().evaluator(DtrFixtures.IGRT).orElseThrow().guideline();
        Questionnaire q = new QuestionnaireGenerator(BASE).generate(g, DtrFixtures.TODAY, null);
        q.getSubjectType().clear();
        q.getItem().get(1).setLinkId(q.getItem().get(0).getLinkId());
        List<ProfileIssue> found = errors(q, DtrProfiles.STD_QUESTIONNAIRE);
        assertTrue(found.size() >= 2, found.toString());
    }

    @Test
    void thePackageOfAnIgrtOrderConforms() throws IOException {
        CoverageRequest request = new RequestReader().read(Files.readString(Path.of("examples", "meets-medical-necessity.json")))
                .request().orElseThrow();
        Parameters in = new Parameters();
        in.addParameter().setName("coverage").setResource(DtrFixtures.coverage(LineOfBusiness.COMMERCIAL));
        in.addParameter().setName("order").setResource(DtrFixtures.order(request));
        assertEquals(List.of(), errors(in, DtrProfiles.QPACKAGE_INPUT), "the input the test sends");

        Reply reply = DtrFixtures.service().questionnairePackage(Fhir.encode(in).getBytes(StandardCharsets.UTF_8));

        assertEquals(200, reply.status(), reply.text());
        Parameters out = (Parameters) Fhir.context().newJsonParser().parseResource(reply.text());
        assertEquals(List.of(), errors(out, DtrProfiles.QPACKAGE_OUTPUT));
        assertEquals(1, out.getParameter().size());
        Bundle bundle = (Bundle) out.getParameterFirstRep().getResource();
        Questionnaire q = (Questionnaire) bundle.getEntryFirstRep().getResource();
        assertEquals(QuestionnaireUrls.url(BASE, DtrFixtures.IGRT) + "|2026-05-15", q.getUrl() + "|" + q.getVersion());
        assertEquals(List.of(), errors(q, DtrProfiles.STD_QUESTIONNAIRE));
    }
}
