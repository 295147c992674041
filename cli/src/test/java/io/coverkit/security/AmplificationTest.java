package io.coverkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diff.RevisionLock;
import io.coverkit.diagnostic.DiagnosticLimit;
import io.coverkit.dsl.FileBudget;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.PreParseGate;
import io.coverkit.dsl.SyntaxParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Families of hostile files that ask for far more work than their size suggests (issue 15,
 * findings 1 and 6): syntax nested without brackets, hundreds of thousands of statements, floods
 * of diagnostics, huge or deep lock files. Every variant, at every size, ends in a diagnostic at
 * the file, quickly, and the JVM lives on; the bounds themselves sit on both sides of their value.
 */
class AmplificationTest {

    /** Loose: CI machines are noisy; the unbounded reads took from 12 s to minutes. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private static final String FILE = "99-00000-01.groovy";

    @TempDir
    Path temp;

    /** A hostile variant: its name, and its text. */
    record Variant(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String policyWith(String head) {
        return "guideline('99-00000-01') {\n"
                + "    title 'Image-Guided Radiation Therapy'\n"
                + "    originalEffectiveDate '2020-01-01'\n"
                + head + "\n"
                + "    updateHistory {\n"
                + "        revision '2020-01-01', 'New Medical Coverage Guideline.'\n"
                + "    }\n"
                + "}\n";
    }

    private static Stream<Variant> sized(String family, int[] sizes, IntFunction<String> text) {
        return java.util.Arrays.stream(sizes).mapToObj(n -> new Variant(family + " " + n, text.apply(n)));
    }

    /** Command chains (`x y x y ...`): pairs per line times lines, inside parentheses and without. */
    static Stream<Variant> commandChains() {
        List<Variant> all = new ArrayList<>();
        for (int pairs : new int[] {10, 100, 199, 201, 250, 1_000}) {
            for (int lines : new int[] {1, 40, 400}) {
                String line = "x y ".repeat(pairs).strip();
                String chain = String.join("\n", java.util.Collections.nCopies(lines, line));
                all.add(new Variant("chain " + pairs + "x" + lines + " in parentheses", policyWith("    disclaimer(" + chain + ")")));
                all.add(new Variant("chain " + pairs + "x" + lines + " as statements", policyWith(chain)));
            }
        }
        return all.stream();
    }

    /** Generics nested 10 to 5,000 deep, without a single bracket the gate counted before. */
    static Stream<Variant> generics() {
        return sized("generics", new int[] {10, 100, 199, 200, 500, 3_000, 5_000},
                n -> policyWith("    " + "List<".repeat(n) + "String" + ">".repeat(n) + " x"));
    }

    /** Chains that go on from line to line: a leading dot, a trailing operator, a ternary. */
    static Stream<Variant> lineContinuations() {
        return Stream.of(
                        sized("leading dots", new int[] {50, 500, 5_000}, n -> policyWith("    disclaimer x" + "\n    .x".repeat(n))),
                        sized("trailing plus", new int[] {50, 500, 5_000}, n -> policyWith("    disclaimer 'x'" + " +\n    1".repeat(n))),
                        sized("ternaries", new int[] {50, 500, 5_000}, n -> policyWith("    disclaimer a" + "\n    ? b\n    : c".repeat(n))),
                        sized("in", new int[] {50, 500, 5_000}, n -> policyWith("    disclaimer a" + "\n    in b".repeat(n))),
                        sized("prefix not", new int[] {50, 500, 5_000}, n -> policyWith("    disclaimer " + "!".repeat(n) + "x")),
                        sized("operators", new int[] {50, 500, 9_000}, n -> policyWith("    disclaimer 'x'" + "+1".repeat(n))))
                .flatMap(s -> s);
    }

    /** Statements by the hundred thousand, up to a megabyte of `a;`, and one per line. */
    static Stream<Variant> statements() {
        return Stream.concat(
                sized("semicolons", new int[] {100, 5_000, 10_001, 100_000, 500_000}, n -> policyWith("a;".repeat(n))),
                sized("lines", new int[] {100, 5_000, 9_900}, n -> policyWith("    a\n".repeat(n))));
    }

    /** Arguments by the ten thousand: flat, so only their number costs. */
    static Stream<Variant> argumentFloods() {
        return sized("arguments", new int[] {1_000, 20_000, 200_000},
                n -> policyWith("    disclaimer(" + "a,\n".repeat(n) + "a)"));
    }

    static Stream<Variant> everyVariant() {
        return Stream.of(commandChains(), generics(), lineContinuations(), statements(), argumentFloods()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyVariant")
    void everyVariantEndsInBoundedDiagnosticsQuickly(Variant variant) {
        long start = System.nanoTime();
        PolicyReader.Result result = new PolicyReader().read(FILE, variant.text());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(QUICKLY) < 0, variant + " took " + took);
        assertTrue(result.guideline().isEmpty(), "no guideline from " + variant);
        assertTrue(result.diagnostics().stream().anyMatch(Diagnostic::isError), "an error for " + variant);
        assertTrue(result.diagnostics().size() <= DiagnosticLimit.MAX_SHOWN + 1, variant + ": " + result.diagnostics().size());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.at().file().equals(FILE)), "every diagnostic names the file");
    }

    @Test
    void theTermBoundStopsDeepChainsAtTheGateAndLetsShortOnesThrough() {
        // 199 pairs are 398 terms, 401 with `disclaimer` and the guideline's call and block: past the
        // bound; 198 pairs reach the reader. Inside parentheses the bound is 40 terms: 20 pairs.
        assertEquals(List.of(DiagnosticCode.G008), codes(policyWith("    disclaimer " + "x y ".repeat(199).strip())));
        assertFalse(codes(policyWith("    disclaimer " + "x y ".repeat(198).strip())).contains(DiagnosticCode.G008));
        assertEquals(List.of(DiagnosticCode.G008), codes(policyWith("    disclaimer(" + "x y ".repeat(21).strip() + ")")));
        assertFalse(codes(policyWith("    disclaimer(" + "x y ".repeat(20).strip() + ")")).contains(DiagnosticCode.G008));
        assertEquals(List.of(DiagnosticCode.G008), codes(policyWith("    " + "List<".repeat(3_000) + "String" + ">".repeat(3_000) + " x")));
    }

    /**
     * The deepest syntax the gate admits, brackets and terms both at their bounds, read on a
     * quarter of a thread's usual stack: Groovy's recursive visitor (run by the reader when it
     * looks for class declarations) and the reader stay inside it, so the bounds make the recursion safe.
     */
    @ParameterizedTest(name = "nested in {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"f { ", "f("})
    void theDeepestSyntaxTheGateAdmitsIsReadOnASmallStack(String open) throws InterruptedException {
        int brackets = PreParseGate.Limits.DEFAULT.maxNesting() - 2; // the guideline's call and block take two
        // Inside parentheses an expression may have 40 terms; inside blocks, what the 400 leave.
        int pairs = open.contains("(") ? 20 : (400 - 3 - 1 - 2 * brackets) / 2;
        String chain = "x y ".repeat(pairs).strip();
        String text = policyWith("    disclaimer " + open.repeat(brackets) + chain + (open.contains("(") ? ")" : " }").repeat(brackets));
        List<Diagnostic> found = new ArrayList<>();
        Thread small = new Thread(null, () -> found.addAll(new PolicyReader().read(FILE, text).diagnostics()), "small", 256 << 10);
        small.start();
        small.join();
        assertFalse(found.isEmpty(), "the reader finished and reported");
        assertTrue(found.stream().noneMatch(d -> d.code().name().startsWith("G")), () -> "past the gate: " + found);
        assertTrue(found.stream().noneMatch(d -> d.message().contains("too deeply")), found::toString);
    }

    @Test
    void aMegabyteOfStatementsIsRefusedByCount() {
        List<Diagnostic> found = new PolicyReader().read(FILE, policyWith("a;".repeat(519_480 / 2))).diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.code() == DiagnosticCode.G001 && d.message().contains("statements")), found::toString);
    }

    @Test
    void manyDiagnosticsAreCutToTheFirstHundredAndACount() {
        List<Diagnostic> found = new PolicyReader().read(FILE, policyWith("    a\n".repeat(5_000))).diagnostics();
        assertEquals(DiagnosticLimit.MAX_SHOWN + 1, found.size());
        Diagnostic more = found.get(found.size() - 1);
        assertEquals(DiagnosticCode.G010, more.code());
        assertTrue(more.isError(), "the hidden diagnostics hold errors");
        assertTrue(more.message().matches("\\d+ more diagnostics of this file are not shown"), more.message());
    }

    @Test
    void theBudgetNamesItselfAndItsValue() {
        PolicyReader tight = new PolicyReader(PreParseGate.Limits.DEFAULT, SyntaxParser.DEFAULT_TIMEOUT,
                new FileBudget.Limits(Duration.ofSeconds(60), 1 << 20));
        List<Diagnostic> found = tight.read(FILE, realPolicy()).diagnostics();
        assertEquals(List.of("G009 reading this file allocated more than 1 MB, the budget for one file"),
                found.stream().map(d -> d.code() + " " + d.message()).toList());

        PolicyReader hurried = new PolicyReader(PreParseGate.Limits.DEFAULT, SyntaxParser.DEFAULT_TIMEOUT,
                new FileBudget.Limits(Duration.ofMillis(1), 1L << 30));
        found = hurried.read(FILE, realPolicy() + "\n" + "// a comment\n".repeat(5_000)).diagnostics();
        assertEquals(List.of("G009 reading this file took more than 1 ms of wall-clock time, the budget for one file"),
                found.stream().map(d -> d.code() + " " + d.message()).toList());
    }

    @Test
    void theRealPoliciesReadWellInsideTheirBudget() throws Exception {
        // The test run holds every read against Groovy's parser, which the product never does.
        AutoCloseable plain = io.coverkit.dsl.DirectParserCrossCheck.suspend();
        try {
            readModestly();
        } finally {
            plain.close();
        }
    }

    private static void readModestly() throws IOException {
        for (Path policy : List.of(Path.of("policies/04-77260-19.groovy"), Path.of("policies/ncd-210.14.groovy"))) {
            // Once read first, so that what the JVM loads for its first read is not counted.
            new PolicyReader().read(policy.toString(), Files.readAllBytes(policy));
            PolicyReader modest = new PolicyReader(PreParseGate.Limits.DEFAULT, SyntaxParser.DEFAULT_TIMEOUT,
                    new FileBudget.Limits(Duration.ofSeconds(30), 64L << 20));
            PolicyReader.Result result = modest.read(policy.toString(), Files.readAllBytes(policy));
            assertTrue(result.guideline().isPresent(), () -> policy + ": " + result.diagnostics());
        }
    }

    private static String realPolicy() {
        try {
            return Files.readString(Path.of("policies/04-77260-19.groovy"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Lock files

    /** Lock files: junk, just over the bound, far over it, and JSON nested deep within the bound. */
    static Stream<Object[]> lockFiles() {
        return Stream.of(
                new Object[] {"junk", 1_000, (LockBytes) n -> "x".repeat(n)},
                new Object[] {"over the bound", RevisionLock.MAX_BYTES + 1, (LockBytes) n -> "{\"revisions\":[\"" + "x".repeat(n - 18) + "\"]}"},
                new Object[] {"far over the bound", 20 << 20, (LockBytes) n -> " ".repeat(n)},
                new Object[] {"nested 20 deep", 20, (LockBytes) n -> "[".repeat(n) + "]".repeat(n)},
                new Object[] {"nested 100,000 deep", 100_000, (LockBytes) n -> "[".repeat(n) + "]".repeat(n)},
                new Object[] {"a long number", 10_000, (LockBytes) n -> "{\"lockedOn\":" + "9".repeat(n) + "}"},
                new Object[] {"1,001 revisions", 1_001, (LockBytes) AmplificationTest::revisions},
                new Object[] {"180,000 revisions", 180_000, (LockBytes) AmplificationTest::revisions},
                new Object[] {"one revision twice", 2, (LockBytes) n -> revisions(n).replace("2010-02-16", "2010-02-15")});
    }

    /** A lock of the IGRT guideline recording {@code n} revisions without entries, a day apart. */
    private static String revisions(int n) {
        StringBuilder json = new StringBuilder("{\"guideline\":\"04-77260-19\",\"lockedOn\":\"2026-01-01\",\"revisions\":[");
        java.time.LocalDate date = java.time.LocalDate.of(2010, 2, 15);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"date\":\"").append(date.plusDays(i)).append("\",\"entries\":{}}");
        }
        return json.append("]}").toString();
    }

    /** The text of a lock of size or depth {@code n}. */
    @FunctionalInterface
    interface LockBytes {
        String text(int n);
    }

    @ParameterizedTest(name = "lock file {0}")
    @MethodSource("lockFiles")
    void aHostileLockFileIsADiagnosticAtTheLockAndTheOtherPoliciesStillLoad(String name, int n, LockBytes lock) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("policies"));
        for (String id : List.of("04-77260-19", "ncd-210.14")) {
            Files.copy(Path.of("policies", id + ".groovy"), folder.resolve(id + ".groovy"));
        }
        Path lockFile = folder.resolve("04-77260-19.lock.json");
        try (OutputStream out = Files.newOutputStream(lockFile)) {
            out.write(lock.text(n).getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        GuidelineLibrary library = GuidelineLibrary.load(folder);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(QUICKLY) < 0, name + " took " + took);
        List<Diagnostic> atLock = library.diagnostics().stream()
                .filter(d -> d.at().file().equals(lockFile.toString()) && d.isError()).toList();
        assertEquals(1, atLock.size(), () -> library.diagnostics().toString());
        DiagnosticCode expected = n > RevisionLock.MAX_BYTES ? DiagnosticCode.G001 : DiagnosticCode.C015;
        assertEquals(expected, atLock.get(0).code(), atLock::toString);
        assertTrue(library.guidelineIds().contains("ncd-210.14"), "the other guideline loads");
    }

    private static List<DiagnosticCode> codes(String text) {
        return new PolicyReader().read(FILE, text).diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::code).distinct().toList();
    }
}
