package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Requests read once guidelines are compiled carry the guidelines' own instances of the codes they name. */
class RequestsShareCodesTest {

    private static CoverageRequest read(String json) {
        return new RequestReader().read(json).request().orElseThrow();
    }

    @Test
    void twoRequestsReadApartShareTheCodesTheGuidelineNamesAndNoOthers() throws IOException {
        GuidelineLibrary.load(Path.of("policies"));
        String json = Files.readString(Path.of("examples/meets-medical-necessity.json"));
        CoverageRequest first = read(json);
        CoverageRequest second = read(json);
        assertEquals(first, second);
        assertSame(first.procedures().get(0).system(), second.procedures().get(0).system());
        assertSame(first.procedures().get(0).code(), second.procedures().get(0).code());
        assertSame(first.indications().get(0), second.indications().get(0));
        for (int i = 0; i < first.documents().size(); i++) {
            assertSame(first.documents().get(i).loinc(), second.documents().get(i).loinc(), "documents[" + i + "]");
        }
        // A code no guideline names is the request's own.
        String unknown = json.replace("\"77387\"", "\"99999\"");
        assertNotSame(read(unknown).procedures().get(0).code(), read(unknown).procedures().get(0).code());
    }
}
