package io.coverkit.server.profile;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import io.coverkit.server.profile.ProfileIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * Parses FHIR JSON for checking: what HAPI's parser objects to (a malformed date, an unknown
 * element, a number where a string belongs) becomes an issue with key {@code format} instead of
 * an exception or a log line, so the walk can go on over the rest.
 */
final class FhirJson {

    /** A parsed resource (null when the JSON could not be read at all) and the parser's findings. */
    record Parsed(Resource resource, List<ProfileIssue> issues) {}

    private FhirJson() {}

    static Parsed parse(FhirContext fhir, String json) {
        List<ProfileIssue> issues = new ArrayList<>();
        IParser parser = fhir.newJsonParser();
        parser.setParserErrorHandler(new Collecting(issues));
        try {
            return new Parsed((Resource) parser.parseResource(json), issues);
        } catch (DataFormatException | ClassCastException e) {
            issues.add(new ProfileIssue(Severity.ERROR, "", "format", "not a FHIR R4 resource: " + e.getMessage()));
            return new Parsed(null, issues);
        }
    }

    /** Records each parser complaint as an error issue, and never throws. */
    private static final class Collecting extends LenientErrorHandler {
        private final List<ProfileIssue> issues;

        Collecting(List<ProfileIssue> issues) {
            super(false);
            setErrorOnInvalidValue(false);
            setErrorOnInvalidExtension(false);
            this.issues = issues;
        }

        private void add(IParseLocation where, String message) {
            String path = where == null || where.getParentElementName() == null ? "" : where.getParentElementName();
            issues.add(new ProfileIssue(Severity.ERROR, path, "format", message));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            add(location, "invalid value `" + value + "`: " + error);
        }

        @Override
        public void unknownElement(IParseLocation location, String elementName) {
            add(location, "unknown element `" + elementName + "`");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attributeName) {
            add(location, "unknown attribute `" + attributeName + "`");
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            add(location, "element `" + elementName + "` repeats but may occur once");
        }

        @Override
        public void incorrectJsonType(
                IParseLocation location,
                String elementName,
                BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar,
                BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            add(location, createIncorrectJsonTypeMessage(elementName, expected, expectedScalar, found, foundScalar));
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            add(location, "an extension has both a value and nested extensions");
        }
    }
}
