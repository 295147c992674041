package io.coverkit.server.dtr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.server.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curl bodies of docs/dtr.md do what the page says. */
class DtrDocsExamplesTest {

    private static List<String> bodies() throws IOException {
        String page = Files.readString(Path.of("docs", "dtr.md"));
        List<String> bodies = new ArrayList<>();
        for (int at = page.indexOf("-d '"); at >= 0; at = page.indexOf("-d '", at + 1)) {
            bodies.add(page.substring(at + 4, page.indexOf("'\n", at + 4)));
        }
        return bodies;
    }

    @Test
    void thePackageExampleReturnsTheIgrtForm() throws IOException {
        Reply reply = DtrFixtures.service().questionnairePackage(bodies().get(0).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.text().contains("\"url\": \"" + DtrFixtures.BASE + "/fhir/Questionnaire/04-77260-19\"")
                || reply.text().contains("\"url\":\"" + DtrFixtures.BASE + "/fhir/Questionnaire/04-77260-19\""), reply.text());
    }

    @Test
    void theDecideExampleMeetsMedicalNecessity() throws IOException {
        Reply reply = DtrFixtures.service().decide(bodies().get(1).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.text().contains("\"outcome\" : \"MEETS_MEDICAL_NECESSITY\""), reply.text());
    }
}
