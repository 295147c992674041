package io.coverkit.server.profile;

import io.coverkit.server.profile.ProfileIssue.Severity;
import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Required and extensible bindings of coded values (code, Coding, CodeableConcept) to value sets
 * expanded locally. A value set the checker cannot expand yields an informational issue: the code
 * is then unchecked, never assumed right or wrong.
 */
final class Bindings {

    private Bindings() {}

    static List<ProfileIssue> check(
            Base value, String valueSetUrl, boolean required, String path, LocalExpansions expansions) {
        String type = value.fhirType();
        if (!"code".equals(type) && !"Coding".equals(type) && !"CodeableConcept".equals(type)) {
            return List.of();
        }
        LocalExpansions.Expansion expansion = expansions.expand(valueSetUrl);
        String strength = required ? "required" : "extensible";
        if (!expansion.available()) {
            return List.of(new ProfileIssue(
                    Severity.INFORMATION,
                    path,
                    "binding",
                    "the " + strength + " binding to " + valueSetUrl + " is not checked: " + expansion.unavailable()));
        }
        boolean inSet;
        String shown;
        if ("code".equals(type)) {
            inSet = expansion.contains(null, value.primitiveValue());
            shown = "`" + value.primitiveValue() + "`";
        } else if ("Coding".equals(type)) {
            Coding coding = (Coding) value;
            inSet = contains(expansion, coding);
            shown = show(coding);
        } else {
            CodeableConcept concept = (CodeableConcept) value;
            if (!concept.hasCoding()) {
                // text alone satisfies an extensible binding; a required one needs a code
                return required
                        ? List.of(new ProfileIssue(
                                Severity.ERROR, path, "binding", "a code from " + valueSetUrl + " is required"))
                        : List.of();
            }
            inSet = concept.getCoding().stream().anyMatch(c -> contains(expansion, c));
            shown = concept.getCoding().stream().map(Bindings::show).reduce((a, b) -> a + ", " + b).orElse("");
        }
        if (inSet) {
            return List.of();
        }
        return List.of(new ProfileIssue(
                required ? Severity.ERROR : Severity.WARNING,
                path,
                "binding",
                shown + " is not in the " + strength + " value set " + valueSetUrl));
    }

    private static boolean contains(LocalExpansions.Expansion expansion, Coding coding) {
        return coding.hasCode() && expansion.contains(coding.hasSystem() ? coding.getSystem() : null, coding.getCode());
    }

    private static String show(Coding coding) {
        return "`" + (coding.hasSystem() ? coding.getSystem() + "#" : "") + coding.getCode() + "`";
    }
}
