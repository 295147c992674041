package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.request.Authorization;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.PriorAuthorization;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import io.coverkit.request.RequestError;
import io.coverkit.request.StudyEnrollment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The claim context fields of a request (contract v2): place of service, authorizations on file,
 * study enrollments, a prior service's units, the prescriber's credentials and consulted
 * specialties. Each is read exactly, a list left out stays unstated (null) while an empty one
 * states there is none, and every malformed value is an error at its JSON path.
 */
class ClaimContextRequestTest {

    private final RequestReader reader = new RequestReader();

    private static final String BASE = """
            {"dateOfService": "2026-06-01", "member": {"lineOfBusiness": "MEDICARE_ADVANTAGE"},
             "procedures": [{"system": "HCPCS", "code": "E0601", "units": 2, "modifiers": ["RR", "KX"]}]%s}""";

    private RequestReader.Result read(String extra) {
        return reader.read(BASE.formatted(extra));
    }

    private CoverageRequest request(String extra) {
        RequestReader.Result r = read(extra);
        return r.request().orElseThrow(() -> new AssertionError(r.errors().toString()));
    }

    @Test
    void everyClaimContextFieldIsReadExactly() {
        CoverageRequest r = request("""
                , "placeOfService": "12",
                "authorizations": [{"drug": "dupixent", "start": "2026-01-01", "end": "2026-06-30"},
                                   {"system": "HCPCS", "code": "E0601", "start": "2026-02-01"}],
                "studies": [{"id": "NCT01234567", "kind": "CED"}],
                "priorServices": [{"system": "HCPCS", "code": "A4238", "date": "2026-04-01", "units": 3}],
                "priorAuthorization": {"drug": "dupixent", "prescriber": "family-medicine", "channel": "specialty-pharmacy",
                                       "prescriberCredentials": [], "consultedSpecialties": ["dermatology"]}""");
        assertEquals(List.of(new Procedure("HCPCS", "E0601", 2, List.of("RR", "KX"))), r.procedures());
        assertEquals("12", r.placeOfService());
        assertEquals(List.of(new Authorization("dupixent", "", "", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30")),
                new Authorization("", "HCPCS", "E0601", LocalDate.parse("2026-02-01"), null)), r.authorizations());
        assertEquals(List.of(new StudyEnrollment("NCT01234567", "CED")), r.studies());
        assertEquals(List.of(new PriorService("HCPCS", "A4238", LocalDate.parse("2026-04-01"), List.of(), 3)), r.priorServices());
        assertEquals(new PriorAuthorization("dupixent", "family-medicine", "specialty-pharmacy", List.of(), List.of("dermatology")),
                r.priorAuthorization());
    }

    @Test
    void aListLeftOutIsUnstatedAndAnEmptyOneStatesNone() {
        CoverageRequest unstated = request("");
        assertNull(unstated.placeOfService());
        assertNull(unstated.authorizations());
        assertNull(unstated.studies());
        CoverageRequest none = request(", \"authorizations\": [], \"studies\": []");
        assertEquals(List.of(), none.authorizations());
        assertEquals(List.of(), none.studies());
        CoverageRequest pa = request(", \"priorAuthorization\": {\"drug\": \"dupixent\"}");
        assertNull(pa.priorAuthorization().prescriberCredentials());
        assertNull(pa.priorAuthorization().consultedSpecialties());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            , "placeOfService": "1"                                                  | placeOfService
            , "placeOfService": 12                                                   | placeOfService
            , "authorizations": {}                                                   | authorizations
            , "authorizations": [{"start": "2026-01-01"}]                            | authorizations[0]
            , "authorizations": [{"drug": "x", "code": "E0601", "start": "2026-01-01"}] | authorizations[0]
            , "authorizations": [{"drug": "x"}]                                      | authorizations[0].start
            , "authorizations": [{"drug": "x", "start": "2026-02-30"}]               | authorizations[0].start
            , "authorizations": [{"drug": "x", "start": "2026-02-01", "end": "2026-01-01"}] | authorizations[0].end
            , "authorizations": [{"system": "ICD", "code": "E0601", "start": "2026-01-01"}] | authorizations[0].system
            , "authorizations": [{"system": "HCPCS", "code": "E06", "start": "2026-01-01"}] | authorizations[0].code
            , "authorizations": [{"drug": "x", "start": "2026-01-01", "by": "me"}]   | authorizations[0].by
            , "studies": [{"id": "NCT1", "kind": "TRIAL"}]                           | studies[0].kind
            , "studies": [{"kind": "CED"}]                                           | studies[0].id
            , "studies": [{"id": " ", "kind": "IDE"}]                                | studies[0].id
            , "priorServices": [{"system": "HCPCS", "code": "A4238", "date": "2026-04-01", "units": 0}] | priorServices[0].units
            , "priorServices": [{"system": "HCPCS", "code": "A4238", "date": "2026-04-01", "units": 100001}] | priorServices[0].units
            , "priorAuthorization": {"drug": "x", "consultedSpecialties": "dermatology"} | priorAuthorization.consultedSpecialties
            , "priorAuthorization": {"drug": "x", "prescriberCredentials": [1]}     | priorAuthorization.prescriberCredentials[0]
            """)
    void aMalformedClaimContextFieldIsAnErrorAtItsPath(String extra, String field) {
        RequestReader.Result r = read(extra);
        assertTrue(r.request().isEmpty(), "a malformed request is never decided");
        assertEquals(List.of(field), r.errors().stream().map(RequestError::field).toList(), r.errors()::toString);
    }

    @Test
    void aVersion1RequestMayNotUseTheClaimContextFields() {
        RequestReader.Result r = read(", \"contractVersion\": \"1\", \"placeOfService\": \"12\", \"authorizations\": [], \"studies\": []");
        assertEquals(List.of("placeOfService", "authorizations", "studies"), r.errors().stream().map(RequestError::field).toList());
    }
}
