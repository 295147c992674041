package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.request.RequestError;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract version a request declares: read, defaulted, or refused naming the field and the versions read. */
class ContractVersionTest {

    private static final String REST = """
            "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "COMMERCIAL" },
            "procedures": [ { "system": "CPT", "code": "77387" } ] }""";

    private static RequestReader.Result read(String version) {
        return new RequestReader().read("{ " + version + REST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        left out | ''
        1        | "contractVersion": "1",
        2        | "contractVersion": "2",
        """)
    void aSupportedOrAbsentVersionIsReadTheSameWay(String description, String version) {
        assertEquals(read("").request(), read(version).request(), description);
        assertTrue(read(version).request().isPresent(), description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a later version          | "contractVersion": "3",    | unsupported contract version `3`; this coverkit reads versions 1 and 2 (leave the field out for 2)
        a semantic version       | "contractVersion": "2.0",  | unsupported contract version `2.0`; this coverkit reads versions 1 and 2 (leave the field out for 2)
        a number                 | "contractVersion": 2,      | must be a string, such as "2"
        null                     | "contractVersion": null,   | must be a string, such as "2"
        """)
    void anyOtherVersionIsARequestErrorNamingTheFieldAndTheVersionsRead(String description, String version, String message) {
        RequestReader.Result result = read(version);

        assertTrue(result.request().isEmpty(), description);
        assertEquals(List.of(new RequestError("contractVersion", message)), result.errors());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        facts        | "facts": { "current-smoker": true }
        observations | "observations": [ { "code": "packs-per-day", "value": 1 } ]
        events       | "events": [ { "code": "quit-smoking", "date": "2020-01-01" } ]
        therapies    | "therapies": [ { "drug": "forteo", "start": "2025-01-01" } ]
        orders       | "orders": [ { "date": "2026-05-01" } ]
        """)
    void aVersion1RequestMayNotUseWhatVersion2Added(String field, String member) {
        RequestReader.Result result = new RequestReader().read("{ \"contractVersion\": \"1\", " + member + ", " + REST);

        assertEquals(List.of(new RequestError(field, "came with contract version 2, but the request declares contractVersion `1`; "
                + "declare \"2\" or leave it out")), result.errors());
        assertTrue(new RequestReader().read("{ " + member + ", " + REST).request().isPresent(), "without a version it is read");
    }

    @org.junit.jupiter.api.Test
    void theSupportedVersionsEndWithTheCurrentOne() {
        assertEquals(ContractVersion.CURRENT, ContractVersion.SUPPORTED.get(ContractVersion.SUPPORTED.size() - 1));
        assertEquals("1 and 2", ContractVersion.supportedInWords());
    }
}
