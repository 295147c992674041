package io.coverkit.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The packages' own examples that carry coverage-information pass, extension and resource alike. */
class PackageExamplesTest {

    record Example(String name, String json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> examplesWithCoverageInformation() throws IOException {
        List<Example> found = new ArrayList<>();
        for (String pkgName : ConformanceIndex.PACKAGES) {
            try (InputStream in = ConformanceIndex.class.getResourceAsStream(pkgName)) {
                NpmPackage pkg = NpmPackage.fromPackage(in, pkgName, false);
                for (String file : pkg.list("example")) {
                    try (InputStream res = pkg.load("example", file)) {
                        String json = new String(res.readAllBytes(), StandardCharsets.UTF_8);
                        if (json.contains(CoverkitRules.COVERAGE_INFORMATION)) {
                            found.add(new Example(pkgName + "/" + file, json));
                        }
                    }
                }
            }
        }
        assertFalse(found.isEmpty(), "the packages should have examples with coverage-information");
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesWithCoverageInformation")
    void theExampleAndItsCoverageInformationConform(Example example) {
        ProfileChecker checker = Checkers.shared();
        List<ProfileIssue> issues = new ArrayList<>(checker.checkJson(example.json()));
        Resource resource = (Resource) checker.fhirContext().newJsonParser().parseResource(example.json());
        int extensions = 0;
        for (Extension ext : ((DomainResource) resource).getExtension()) {
            if (CoverkitRules.COVERAGE_INFORMATION.equals(ext.getUrl())) {
                issues.addAll(checker.checkExtension(ext));
                extensions++;
            }
        }
        assertFalse(extensions == 0, "no coverage-information extension at the top of " + example);
        assertEquals(List.of(), Checkers.errors(issues), () -> example + ": " + issues);
    }
}
