package io.coverkit.validate;

import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.dsl.Snippets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How update-history entries name code changes: the usual phrasings are read ("Added CPT code
 * 77387; Deleted HCPCS code G6001."), and words that merely look like codes (BRCA1) are not.
 */
class ChangelogPhrasingTest {

    /** The minimal policy with 77387 from the start, G6001 deleted and 77014 added on 2021-01-01. */
    private static String policy(String entry) {
        return replacing(11, "            code '77387'\n            code '77014', added: '2021-01-01'")
                .replace("        codes('CPT') {", "        codes('HCPCS') {\n            code 'G6001', deleted: '2021-01-01'\n        }\n"
                        + "        codes('CPT') {")
                .replace("        revision '2020-01-01', 'New.'", "        revision '2020-01-01', 'New.'\n        revision '2021-01-01', '"
                        + entry + "'");
    }

    private static List<String> problems(String entry) {
        return Snippets.render(new GuidelineValidator().validate(Snippets.valid(policy(entry))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Added CPT code 77014; Deleted HCPCS code G6001.",
        "Added 77014. Deleted G6001.",
        "Added code 77014; deleted code G6001.",
        "Annual CPT/HCPCS coding update. Added CPT codes 77014; deleted HCPCS codes G6001.",
        "Deleted G6001 and added 77014.",
        "Added CPT/HCPCS code 77014, deleted HCPCS code G6001",
    })
    void theUsualPhrasingsOfACodeChangeAreRead(String entry) {
        assertEquals(List.of(), problems(entry));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Review; added BRCA1 and BRCA2 family history indication. Added CPT code 77014; Deleted HCPCS code G6001.",
        "Added 77014 and deleted G6001; added ABCD1 screening.",
    })
    void wordsThatOnlyLookLikeCodesAreNotCodes(String entry) {
        assertEquals(List.of(), problems(entry));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Added CPT code 77014.", "Review; added BRCA1 family history indication."})
    void aChangeLeftUnsaidIsStillReported(String entry) {
        List<String> found = problems(entry);
        assertTrue(found.stream().anyMatch(p -> p.contains("`G6001` is deleted on 2021-01-01 but that update history entry does not say so")),
                String.join("\n", found));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Added CPT codes 77014 and 77385; Deleted HCPCS code G6001.", "Added 77014, 77385 and G6001."})
    void aCodeInTheEntryTheListLacksIsReported(String entry) {
        List<String> found = problems(entry);
        assertTrue(found.stream().anyMatch(p -> p.contains("says `77385` was added, but the guideline does not list that code")),
                String.join("\n", found));
        assertTrue(found.stream().allMatch(p -> p.contains("C012")), String.join("\n", found));
    }
}
