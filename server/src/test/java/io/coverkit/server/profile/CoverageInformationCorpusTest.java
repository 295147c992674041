package io.coverkit.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken coverage-information extensions ({@code profile/broken/catalogue.tsv}):
 * each fails with the rule it was written to break and with no other, and every well-formed one
 * in {@code profile/good/} passes.
 */
class CoverageInformationCorpusTest {

    private static final Path BROKEN = Checkers.FIXTURES.resolve("broken");
    private static final Path GOOD = Checkers.FIXTURES.resolve("good");

    /** One catalogue line: file, the keys allowed (the first is the rule broken on purpose), why. */
    record Entry(String file, List<String> keys, String why) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Entry> catalogue() {
        return Checkers.read(BROKEN.resolve("catalogue.tsv")).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> new Entry(f[0], Arrays.asList(f[1].split(",")), f[2]))
                .collect(Collectors.toList());
    }

    static Stream<Arguments> broken() {
        return catalogue().stream().map(e -> Arguments.of(e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachBrokenExtensionFailsWithTheRuleItBreaks(Entry entry) {
        List<ProfileIssue> issues = Checkers.checkExtensionJson(Checkers.read(BROKEN.resolve(entry.file())));
        List<ProfileIssue> errors = Checkers.errors(issues);
        String intended = entry.keys().get(0);
        assertTrue(
                errors.stream().anyMatch(i -> i.key().equals(intended)),
                () -> entry.file() + " (" + entry.why() + ") should fail " + intended + "; got " + issues);
        for (ProfileIssue error : errors) {
            assertTrue(
                    entry.keys().contains(error.key()),
                    () -> entry.file() + ": unexpected error " + error + " (allowed: " + entry.keys() + ")");
        }
    }

    static Stream<Path> good() throws IOException {
        return Files.list(GOOD).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void wellFormedExtensionsPass(Path file) {
        List<ProfileIssue> issues = Checkers.checkExtensionJson(Checkers.read(file));
        assertEquals(List.of(), Checkers.errors(issues), () -> file + ": " + issues);
    }

    @Test
    void theCatalogueListsEveryBrokenFileOnce() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Entry e : catalogue()) {
            assertTrue(listed.add(e.file()), "listed twice: " + e.file());
        }
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(BROKEN)) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, listed);
    }

    @Test
    void everyConstraintOfTheExtensionFiresFromThePackagesOwnExpressionSomewhereInTheCorpus() {
        Set<String> fired = new TreeSet<>();
        for (Entry e : catalogue()) {
            Checkers.errors(Checkers.checkExtensionJson(Checkers.read(BROKEN.resolve(e.file()))))
                    .forEach(i -> fired.add(i.key()));
        }
        for (String key : List.of(
                "crd-ci-q1",
                "crd-ci-q2",
                "crd-ci-q3",
                "crd-ci-q4",
                "crd-ci-q5",
                "coverkit-ci-2.0.1-q2",
                "coverkit-ci-2.0.1-q4",
                "coverkit-crd22-info-needed",
                "coverkit-crd22-doc-purpose-oth-reason",
                "coverkit-crd22-info-needed-oth-reason",
                "coverkit-crd22-reason-text",
                "cardinality",
                "binding",
                "type",
                "sub-extension",
                "format",
                "ext-1")) {
            assertTrue(fired.contains(key), "no corpus case fires " + key + "; fired: " + fired);
        }
    }

    @Test
    void thePublishedQ2ExpressionMissesNotCoveredWithPaNeeded() {
        // the reason coverkit-ci-2.0.1-q2 exists: the package's own q2 passes this extension
        List<ProfileIssue> issues =
                Checkers.checkExtensionJson(Checkers.read(BROKEN.resolve("not-covered-with-pa-needed.json")));
        assertFalse(issues.stream().anyMatch(i -> i.key().equals("crd-ci-q2")), issues::toString);
        assertTrue(issues.stream().anyMatch(i -> i.key().equals("coverkit-ci-2.0.1-q2") && i.isError()));
    }

    @Test
    void notCoveredWithoutPaNeededIsOnlyAWarningUnderThePublishedQ2() {
        List<ProfileIssue> issues = Checkers.checkExtensionJson(Checkers.read(GOOD.resolve("not-covered-with-reason.json")));
        assertTrue(
                issues.stream()
                        .anyMatch(i -> i.key().equals("crd-ci-q2") && i.severity() == ProfileIssue.Severity.WARNING),
                issues::toString);
    }

    @Test
    void issuesNameThePlaceInTheExtension() {
        List<ProfileIssue> issues = Checkers.checkExtensionJson(Checkers.read(BROKEN.resolve("covered-unknown-code.json")));
        assertEquals(
                List.of("Extension.extension('covered').valueCode"),
                Checkers.errors(issues).stream().map(ProfileIssue::path).collect(Collectors.toList()));
    }

    @Test
    void anExtensionTheCheckerDoesNotKnowIsReportedAsUnchecked() {
        org.hl7.fhir.r4.model.Extension unknown = new org.hl7.fhir.r4.model.Extension("http://example.org/x");
        List<ProfileIssue> issues = Checkers.shared().checkExtension(unknown);
        assertEquals(1, issues.size());
        assertEquals(ProfileIssue.Severity.INFORMATION, issues.get(0).severity());
    }
}
