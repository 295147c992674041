package com.example.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Decision;
import io.coverkit.determination.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** coverkit under Spring Boot's dependency management: loads the policies and decides requests. */
class CoverageServiceTest {

    private static final Path REQUESTS = Path.of(System.getProperty("coverage.requests", "../"));
    private static CoverageService service;

    @BeforeAll
    static void load() {
        service = CoverageService.load(Path.of(System.getProperty("coverage.guidelines")));
    }

    private static String request(String name) throws Exception {
        return Files.readString(REQUESTS.resolve(name));
    }

    @Test
    void aDocumentedIndicatedRequestMeetsMedicalNecessity() throws Exception {
        Decision decision = service.decide(request("meets-medical-necessity.json"));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, assertInstanceOf(Decision.Decided.class, decision).determination().outcome());
        String json = service.decideToJson(request("meets-medical-necessity.json"));
        assertTrue(json.contains("\"outcome\" : \"MEETS_MEDICAL_NECESSITY\"") || json.contains("\"outcome\":\"MEETS_MEDICAL_NECESSITY\""),
                json);
    }

    @Test
    void aMalformedRequestIsRejectedNamingItsFields() throws Exception {
        Decision decision = service.decide(request("malformed-request.json"));
        List<String> fields = assertInstanceOf(Decision.Rejected.class, decision).errors().stream().map(e -> e.field()).sorted().toList();
        assertEquals(List.of("dateOfService", "indication", "member.lineOfBusiness"), fields);
    }

    @Test
    void threadsDecideAlike() throws Exception {
        String json = request("insufficient-documentation.json");
        Outcome alone = assertInstanceOf(Decision.Decided.class, service.decide(json)).determination().outcome();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Outcome>> outcomes = pool.invokeAll(java.util.Collections.nCopies(64,
                    () -> ((Decision.Decided) service.decide(json)).determination().outcome()));
            for (Future<Outcome> outcome : outcomes) {
                assertEquals(alone, outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(Outcome.INSUFFICIENT_DOCUMENTATION, alone);
    }
}
