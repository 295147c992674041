package io.coverkit.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import groovy.lang.GroovyShell;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.PreParseGate;
import io.coverkit.model.Guideline;
import io.coverkit.model.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the reader holds (DESIGN.md, "A policy file is syntax, never a program"): every file
 * of the hostile corpus is rejected at the line and column its header names, produces no guideline
 * and runs nothing; every file of the benign corpus reads and loads without a single diagnostic.
 *
 * <p>Nothing may run, and two canaries would show it if anything did: the system property
 * {@code coverkit.canary}, and the file named by the system property {@code coverkit.canary.file}
 * (a fresh temporary path for every case). The control tests show that the attack lines of the
 * corpus do fire the canaries when Groovy evaluates or merely compiles them.
 *
 * <p>A hostile file starts with {@code // attack: <family>} and {@code // expect: <CODE> <line>:<col>};
 * the oversize, overlong-line, invalid-UTF-8 and deep-expression cases are generated into a
 * temporary folder rather than committed.
 */
class HostileCorpusTest {

    static final Path HOSTILE = Path.of("dsl/src/test/resources/hostile");
    static final Path BENIGN = Path.of("dsl/src/test/resources/benign");

    static final String CANARY = "coverkit.canary";
    static final String CANARY_FILE = "coverkit.canary.file";

    private static final PreParseGate.Limits LIMITS = PreParseGate.Limits.DEFAULT;
    private static final Pattern ATTACK = Pattern.compile("// attack: ([a-z0-9-]+)");
    private static final Pattern EXPECT = Pattern.compile("// expect: ([A-Z]\\d{3}) (\\d+):(\\d+)");
    private static final Pattern GUIDELINE_ID = Pattern.compile("\\d{2}-\\d{5}-\\d{2}");

    /**
     * Hostile cases that product bugs make fail today, each with what goes wrong. While a bug
     * stands its case aborts with this explanation (the canaries are still checked after it); once
     * the bug is fixed the case passes as any other and its entry can go.
     */
    static final Map<String, String> KNOWN_PRODUCT_BUGS = Map.of();

    private static final String SKELETON = """
            guideline('99-00000-01') {
                title 'Image-Guided Radiation Therapy'
                originalEffectiveDate '2020-01-01'
            @HEAD
                positionStatement {
                    paragraph 'Image-guided radiation therapy (IGRT) meets the definition of medical necessity for the following indications:'
                    anyOf {
                        indication 'Implanted fiducial markers'
                        indication 'Target volume that is subject to daily variation that is due to internal motion', id: 'internal-motion'
                    }
                }
                billingCoding {
                    codes('CPT') {
                        code '77387'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New Medical Coverage Guideline.'
                }
            }
            """;

    @TempDir
    Path temp;

    private Path canaryFile;

    @BeforeEach
    void armCanaries() {
        System.clearProperty(CANARY);
        canaryFile = temp.resolve("canary-" + System.nanoTime());
        System.setProperty(CANARY_FILE, canaryFile.toString());
    }

    @AfterEach
    void canariesUntouched() {
        try {
            assertNull(System.getProperty(CANARY), "something in the policy ran: the canary property is set");
            assertFalse(Files.exists(canaryFile), "something in the policy ran: the canary file exists");
        } finally {
            System.clearProperty(CANARY);
            System.clearProperty(CANARY_FILE);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The hostile corpus

    /** A corpus case: a committed file, or one generated into a folder when the test runs. */
    record CorpusCase(String name, Source source) {
        @Override
        public String toString() {
            return name;
        }

        Path materialize(Path folder) throws IOException {
            return source.into(folder, name);
        }
    }

    /** Where a case's bytes come from. */
    @FunctionalInterface
    interface Source {
        Path into(Path folder, String name) throws IOException;
    }

    /** What a hostile file's header declares. */
    record Header(String family, DiagnosticCode code, int line, int column) {
        @Override
        public String toString() {
            return code + " " + line + ":" + column;
        }
    }

    static Stream<CorpusCase> hostileCases() {
        return Stream.concat(committedHostile().stream(), generatedHostile().stream());
    }

    static List<CorpusCase> committedHostile() {
        return list(HOSTILE).stream()
                .map(p -> new CorpusCase(p.getFileName().toString(), (folder, name) -> p))
                .toList();
    }

    static List<CorpusCase> generatedHostile() {
        List<CorpusCase> cases = new ArrayList<>();
        cases.add(generated("generated-oversize.groovy", () -> oversize(LIMITS.maxBytes() + 1)));
        cases.add(generated("generated-overlong-line.groovy", HostileCorpusTest::overlongLine));
        cases.add(generated("generated-utf8-overlong-encoding.groovy", () -> badUtf8(
                "an overlong two-byte encoding of `/` (C0 AF), which lenient decoders read as a slash",
                "    title 'Image-Guided @@ Radiation Therapy'", new byte[] {(byte) 0xC0, (byte) 0xAF})));
        cases.add(generated("generated-utf8-encoded-surrogate.groovy", () -> badUtf8(
                "a UTF-16 surrogate encoded in three bytes (ED A0 80, CESU-8), invalid in UTF-8",
                "    // reviewed by @@ on 2020-01-01", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        cases.add(generated("generated-utf8-lone-continuation.groovy", () -> badUtf8(
                "a continuation byte (80) without a lead byte",
                "    originalEffectiveDate '2020-01-01' @@", new byte[] {(byte) 0x80})));
        cases.add(generated("generated-utf8-ff-byte.groovy", () -> badUtf8(
                "the byte FF, which never occurs in UTF-8", "@@", new byte[] {(byte) 0xFF})));
        cases.add(generated("generated-utf8-truncated-at-end.groovy", HostileCorpusTest::truncatedUtf8));
        cases.add(generated("generated-deep-property-chain.groovy", HostileCorpusTest::deepPropertyChain));
        cases.add(generated("generated-operator-chain.groovy", HostileCorpusTest::operatorChain));
        cases.add(generated("generated-command-chain.groovy", HostileCorpusTest::commandChain));
        cases.add(generated("generated-command-chain-one-line.groovy", HostileCorpusTest::commandChainOneLine));
        cases.add(generated("generated-generics.groovy", HostileCorpusTest::generics));
        cases.add(generated("generated-leading-dot-lines.groovy", HostileCorpusTest::leadingDotLines));
        cases.add(generated("generated-statements.groovy", HostileCorpusTest::statements));
        return cases;
    }

    private interface Bytes {
        byte[] get() throws IOException;
    }

    private static CorpusCase generated(String name, Bytes bytes) {
        return new CorpusCase(name, (folder, n) -> Files.write(folder.resolve(n), bytes.get()));
    }

    /** What reading a case gave: its result, or what the reader threw. Memoized: the deep cases are slow. */
    private static final Map<String, Object> READS = new ConcurrentHashMap<>();

    private static Object read(CorpusCase hostile, Path file) {
        return READS.computeIfAbsent(hostile.name(), name -> {
            try {
                return new PolicyReader().read(file.getFileName().toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException | StackOverflowError e) {
                return e;
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCases")
    void aHostileFileIsRejectedWhereItsHeaderSaysAndNothingRuns(CorpusCase hostile) throws IOException {
        Path file = hostile.materialize(temp);
        Header header = header(file);
        Object read = read(hostile, file);
        if (read instanceof Throwable thrown) {
            String bug = KNOWN_PRODUCT_BUGS.get(hostile.name());
            if (bug == null) {
                throw new AssertionError("the reader threw instead of reporting a diagnostic", thrown);
            }
            Assumptions.abort("known product bug, see the report: " + bug + " [" + thrown.getClass().getSimpleName() + "]");
        }
        PolicyReader.Result result = (PolicyReader.Result) read;
        List<Diagnostic> diagnostics = result.diagnostics();
        assertTrue(diagnostics.stream().anyMatch(d -> d.code() == header.code() && d.at().line() == header.line()
                        && d.at().column() == header.column()),
                () -> "expected " + header + " among\n" + render(diagnostics));
        assertTrue(diagnostics.stream().anyMatch(Diagnostic::isError), "at least one error");
        assertTrue(result.guideline().isEmpty(), "a rejected file yields no guideline");

        // The library, the entry point services use, leaves the file out.
        GuidelineLibrary library = GuidelineLibrary.load(List.of(file));
        assertEquals(List.of(), library.guidelineIds(), "the library loads no guideline from a hostile file");
        assertTrue(library.hasErrors(), "the library reports the file's errors");
    }

    @Test
    void everyCommittedHostileFileDeclaresOneAttackAndItsFirstExpectedDiagnostic() throws IOException {
        for (CorpusCase c : committedHostile()) {
            header(c.materialize(temp)); // fails with the file's name when a header line is missing or malformed
        }
    }

    @Test
    void theCorporaAreLargeEnough() {
        assertTrue(committedHostile().size() >= 60, "hostile files: " + committedHostile().size());
        assertTrue(hostileCases().count() >= 60);
        assertTrue(benignFiles().size() >= 15, "benign files: " + benignFiles().size());
        assertTrue(list(BENIGN).stream().anyMatch(p -> !p.getParent().equals(BENIGN)), "a subfolder of benign files");
    }

    /**
     * Which layer stopped each attack family: G the pre-parse gate, P Groovy's parser, R and V the
     * vocabulary reader. The layers are sequential, so a file's errors all come from the layer that
     * stopped it (the reader's R and V together); the table is printed for the report.
     */
    @Test
    void eachAttackFamilyIsStoppedByOneLayerAndTheTableIsPrinted() throws IOException {
        Map<String, Set<String>> layers = new TreeMap<>();
        Map<String, Set<String>> codes = new TreeMap<>();
        Map<String, Integer> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (CorpusCase c : hostileCases().toList()) {
            Path file = c.materialize(temp);
            Header header = header(file);
            files.merge(header.family(), 1, Integer::sum);
            String stoppedBy;
            Set<String> errorCodes = new TreeSet<>();
            Object read = read(c, file);
            if (read instanceof Throwable thrown) {
                stoppedBy = "CRASH " + thrown.getClass().getSimpleName();
                if (!KNOWN_PRODUCT_BUGS.containsKey(c.name())) {
                    problems.add(c.name() + ": " + thrown);
                }
            } else {
                ((PolicyReader.Result) read).diagnostics().stream().filter(Diagnostic::isError)
                        .forEach(d -> errorCodes.add(d.code().name()));
                Set<String> stages = errorCodes.stream().map(HostileCorpusTest::layer)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (stages.size() != 1) {
                    problems.add(c.name() + ": errors from " + (stages.isEmpty() ? "no layer" : stages));
                }
                stoppedBy = stages.isEmpty() ? "NOT STOPPED" : String.join("+", stages);
            }
            layers.computeIfAbsent(header.family(), k -> new TreeSet<>()).add(stoppedBy);
            codes.computeIfAbsent(header.family(), k -> new TreeSet<>()).addAll(errorCodes);
        }
        StringBuilder table = new StringBuilder("\nattack family            files  stopped by                      error codes\n");
        layers.forEach((family, by) -> table.append(String.format("%-24s %5d  %-31s %s%n",
                family, files.get(family), String.join(", ", by), String.join(" ", codes.get(family)))));
        System.out.println(table);
        assertEquals(List.of(), problems, "every hostile case is stopped by exactly one layer");
    }

    private static String layer(String code) {
        return switch (code.charAt(0)) {
            case 'G' -> "G gate";
            case 'P' -> "P parser";
            case 'R', 'V' -> "R/V reader";
            default -> code.charAt(0) + " other";
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Controls: the canaries fire when the corpus is treated as a program

    private static String attackLine(String file, String containing) throws IOException {
        return Files.readAllLines(HOSTILE.resolve(file)).stream()
                .filter(l -> l.contains(containing) && !l.startsWith("//"))
                .map(String::strip)
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no line with " + containing));
    }

    @Test
    void controlEvaluatingAnAttackLineSetsTheCanaryProperty() throws IOException {
        String line = attackLine("system-setproperty.groovy", "System.setProperty('coverkit.canary'");
        new GroovyShell().evaluate(line);
        assertEquals("ran", System.getProperty(CANARY), "the property canary works, so its absence elsewhere means something");
        System.clearProperty(CANARY);
    }

    @Test
    void controlEvaluatingAnAttackLineWritesTheCanaryFile() throws IOException {
        String line = attackLine("file-new-file-text.groovy", "coverkit.canary.file");
        new GroovyShell().evaluate(line);
        assertTrue(Files.exists(canaryFile), "the file canary works, so its absence elsewhere means something");
        Files.delete(canaryFile);
    }

    @Test
    void controlMerelyCompilingAHostileFileRunsItsAstTest() throws IOException {
        new GroovyShell().parse(Files.readString(HOSTILE.resolve("asttest-declaration.groovy")));
        assertEquals("ran", System.getProperty(CANARY), "compiling alone ran it: why coverkit never compiles a policy");
        System.clearProperty(CANARY);
    }

    // ---------------------------------------------------------------------------------------------
    // The benign corpus

    static List<Path> benignFiles() {
        return list(BENIGN);
    }

    /** Benign cases: every committed file, and the gate's limits met exactly, generated. */
    static Stream<CorpusCase> benignCases() {
        Stream<CorpusCase> committed = benignFiles().stream()
                .map(p -> new CorpusCase(BENIGN.relativize(p).toString(), (folder, name) -> p));
        Stream<CorpusCase> generated = Stream.of(
                generatedBenign("99-00002-01.groovy", HostileCorpusTest::lineAtTheLimit),
                generatedBenign("99-00002-02.groovy", HostileCorpusTest::fileAtTheLimit),
                generatedBenign("99-00002-03.groovy", HostileCorpusTest::nestingAtTheLimit));
        return Stream.concat(committed, generated);
    }

    private static CorpusCase generatedBenign(String name, Bytes bytes) {
        return new CorpusCase("generated " + name, (folder, n) -> {
            Path dir = Files.createDirectories(folder.resolve("benign"));
            return Files.write(dir.resolve(name), bytes.get());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benignCases")
    void aBenignFileReadsAndLoadsWithoutAnyDiagnostic(CorpusCase benign) throws IOException {
        Path file = benign.materialize(temp);
        String id = file.getFileName().toString().replaceFirst("\\.groovy$", "");
        assertTrue(GUIDELINE_ID.matcher(id).matches(), "a benign file is named after its guideline: " + file);

        PolicyReader.Result result = new PolicyReader().read(file.toString(), Files.readAllBytes(file));
        assertEquals(List.of(), render(result.diagnostics()), "no diagnostics at all");
        assertEquals(id, result.guideline().map(Guideline::id).orElse(null));

        GuidelineLibrary library = GuidelineLibrary.load(List.of(file));
        assertEquals(List.of(), render(library.diagnostics()), "the validator agrees");
        assertEquals(List.of(id), library.guidelineIds());
    }

    @Test
    void theWholeBenignFolderLoadsEveryGuideline() {
        GuidelineLibrary library = GuidelineLibrary.load(BENIGN);
        assertEquals(List.of(), render(library.diagnostics()));
        List<String> ids = benignFiles().stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.groovy$", ""))
                .sorted()
                .toList();
        assertEquals(ids, library.guidelineIds());
    }

    @Test
    void benignTextIsCarriedVerbatim() {
        Guideline multiLine = benign("99-00001-02.groovy");
        assertEquals("First line of the description.\n  Second line, indented by two spaces.\n"
                + "Third line with 'single quotes' and \"double quotes\" inside.", multiLine.description().get(0).text());
        assertEquals("A triple-double-quoted paragraph\nwithout any interpolation, so it is plain text.",
                multiLine.description().get(1).text());

        Guideline quoted = benign("99-00001-03.groovy");
        assertEquals("Double \"Quoted\" Strings", quoted.title());
        assertEquals("It's not an authorization; the member's \"benefits\" apply. A backslash: \\ and a dollar: $5.",
                quoted.disclaimer());
        assertEquals("Single-quoted text keeps ${this} and $that exactly as written.", quoted.description().get(2).text());

        Guideline unicode = benign("99-00001-04.groovy");
        assertEquals("Radiothérapie guidée par l’image — 影像导引放射治疗 🎯", unicode.title());
        assertEquals(List.of("影像导引放射治疗", "IGRT 🩻"), unicode.other().otherNames());

        Guideline lookAlike = benign("99-00001-13.groovy");
        assertTrue(lookAlike.description().stream().map(Paragraph::text)
                .anyMatch(t -> t.equals("A unicode escape inside a string is a character: execute reads as \"execute\".")));
        assertEquals("System.exit(0); Runtime.getRuntime().exec(\"rm -rf /\"); \"touch /tmp/x\".execute()", lookAlike.disclaimer());

        Guideline bom = benign("99-00001-14.groovy");
        assertEquals(2, bom.at().line(), "the byte order mark shifts nothing");
        assertEquals(1, bom.at().column(), "the byte order mark takes no column");

        Guideline crlf = benign("99-00001-15.groovy");
        assertEquals(9, crlf.positionStatement().at().line(), "CRLF counts one line per line break");
        assertTrue(crlf.description().get(0).text().matches("First line\\.\\r?\\n Second line\\."),
                crlf.description().get(0).text());

        Guideline tabs = benign("99-00001-16.groovy");
        assertEquals("Tabs\tInside\tText", tabs.title());
        assertEquals("Column A\tColumn B\tColumn C", tabs.description().get(0).text());
    }

    private static Guideline benign(String name) {
        Path file = BENIGN.resolve(name);
        try {
            return new PolicyReader().read(file.toString(), Files.readAllBytes(file)).guideline()
                    .orElseThrow(() -> new AssertionError(name + " did not read"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Generated files

    private static String hostileText(String family, String expect, String note, String head) {
        return "// attack: " + family + "\n// expect: " + expect + "\n// " + note + "\n"
                + SKELETON.replace("@HEAD\n", head.isEmpty() ? "" : head + "\n");
    }

    /** A valid skeleton padded with comment lines to exactly {@code size} bytes. */
    private static byte[] oversize(int size) {
        String text = hostileText("size", "G001 1:1", "a file one byte over the size limit, padded with comments", "");
        return pad(text, size);
    }

    private static byte[] pad(String text, int size) {
        StringBuilder s = new StringBuilder(text);
        String line = "// " + "padding ".repeat(100) + "\n";
        while (s.length() + line.length() <= size) {
            s.append(line);
        }
        while (s.length() < size - 1) {
            s.append('/');
        }
        s.append('\n');
        byte[] bytes = s.toString().getBytes(UTF_8);
        assertEquals(size, bytes.length);
        return bytes;
    }

    private static byte[] overlongLine() {
        int length = LIMITS.maxLineLength() + 1;
        String prefix = "    disclaimer '";
        String head = prefix + "x".repeat(length - prefix.length() - 1) + "'";
        assertEquals(length, head.length());
        return hostileText("size", "G002 7:" + length, "one line a character over the line-length limit", head).getBytes(UTF_8);
    }

    /** The skeleton with {@code line} inserted at the head; {@code @@} in it becomes the bad bytes. */
    private static byte[] badUtf8(String note, String line, byte[] bad) {
        int column = line.indexOf("@@") + 1;
        String text = hostileText("encoding", "G003 7:" + column, note, line);
        return replaceMarker(text, bad);
    }

    private static byte[] truncatedUtf8() {
        String last = "// truncated: @@";
        int line = 3 + (SKELETON.replace("@HEAD\n", "") + last).split("\n", -1).length;
        String text = hostileText("encoding", "G003 " + line + ":" + (last.indexOf("@@") + 1),
                "the file ends in the middle of a three-byte sequence (E2 82, the start of the euro sign)", "") + last;
        return replaceMarker(text, new byte[] {(byte) 0xE2, (byte) 0x82});
    }

    private static byte[] replaceMarker(String text, byte[] bad) {
        int at = text.indexOf("@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(UTF_8));
        out.writeBytes(bad);
        out.writeBytes(text.substring(at + 2).getBytes(UTF_8));
        return out.toByteArray();
    }

    /** No bracket nests, so the gate counts depth 1; the syntax tree is 36,000 property accesses deep. */
    private static byte[] deepPropertyChain() {
        String chain = ".x".repeat(9_000);
        String head = "    disclaimer System\n" + String.join("\n", chain, chain, chain, chain);
        return hostileText("nesting", "G005 8:201",
                "a property chain 36,000 deep on four short-enough lines: deep syntax without brackets", head).getBytes(UTF_8);
    }

    /**
     * A binary expression 9,000 deep on one line, which runs the parser out of stack: the gate stops
     * it at the 401st term of the expressions open there (three are the guideline's call and block).
     */
    private static byte[] operatorChain() {
        String head = "    disclaimer 'x'" + "+1".repeat(9_000);
        return hostileText("nesting", "G008 7:414", "an operator chain 9,000 deep: deep syntax without brackets", head)
                .getBytes(UTF_8);
    }

    /**
     * Issue 15, finding 1: a command chain of 250 pairs a line on 400 lines inside one pair of
     * parentheses, one call deeper per pair; it overflowed the stack of Groovy's visitor.
     */
    private static byte[] commandChain() {
        String line = "x y ".repeat(250).strip();
        String head = "    disclaimer(" + String.join("\n", java.util.Collections.nCopies(400, line)) + ")";
        return hostileText("nesting", "G008 7:@@", "a command chain of 100,000 pairs in one pair of parentheses", head)
                .replace("@@", "96").getBytes(UTF_8); // the `x` of pair 21: the 41st term inside the parentheses
    }

    /** A command chain on one line of 19,997 characters, inside the line bound. */
    private static byte[] commandChainOneLine() {
        String head = "    disclaimer " + "x y ".repeat(4_995).strip();
        return hostileText("nesting", "G008 7:@@", "a command chain of 4,995 pairs on one line", head)
                .replace("@@", "808").getBytes(UTF_8); // the `x` of pair 199: the 401st term with the 3 around it
    }

    /** Generics nested 3,000 deep: 18 KB that took 14 s and 1.2 GB to read. */
    private static byte[] generics() {
        String head = "    " + "List<".repeat(3_000) + "String" + ">".repeat(3_000) + " x";
        return hostileText("nesting", "G008 7:@@", "type arguments nested 3,000 deep", head)
                .replace("@@", "999").getBytes(UTF_8); // the 199th `<`: the 401st term with the 3 around it
    }

    /** A property chain that goes on from line to line, each line starting with a dot. */
    private static byte[] leadingDotLines() {
        String head = "    disclaimer x" + "\n    .x".repeat(5_000);
        return hostileText("nesting", "G008 205:6", "a property chain of 5,000 lines, each starting with a dot", head)
                .getBytes(UTF_8);
    }

    /** A megabyte of `a;`: half a million statements that took 30 s and 2.5 GB to read. */
    private static byte[] statements() {
        String text = hostileText("size", "G001 1:1", "half a million statements `a;` in a megabyte", "@@");
        return text.replace("@@", "a;".repeat((LIMITS.maxBytes() - text.length()) / 2)).getBytes(UTF_8);
    }

    private static String benignSkeleton(String id, String head) {
        return "// Generated benign file: " + id + "\n"
                + SKELETON.replace("99-00000-01", id).replace("@HEAD\n", head.isEmpty() ? "" : head + "\n");
    }

    private static byte[] lineAtTheLimit() {
        String prefix = "        paragraph '";
        String paragraph = prefix + "y".repeat(LIMITS.maxLineLength() - prefix.length() - 1) + "'";
        assertEquals(LIMITS.maxLineLength(), paragraph.length());
        return benignSkeleton("99-00002-01", "    description {\n" + paragraph + "\n    }").getBytes(UTF_8);
    }

    private static byte[] fileAtTheLimit() {
        return pad(benignSkeleton("99-00002-02", ""), LIMITS.maxBytes());
    }

    /** guideline and positionStatement open two levels; 38 criteria blocks reach the limit exactly. */
    private static byte[] nestingAtTheLimit() {
        int criteria = LIMITS.maxNesting() - 2;
        StringBuilder open = new StringBuilder();
        for (int i = 1; i < criteria; i++) {
            open.append(i % 2 == 0 ? "allOf { " : "anyOf { ");
        }
        String text = benignSkeleton("99-00002-03", "")
                .replace("        anyOf {\n", "        " + open + "anyOf {\n")
                .replace("\n        }\n    }\n    billingCoding", "\n        }" + " }".repeat(criteria - 1)
                        + "\n    }\n    billingCoding");
        // Besides the criteria, guideline, positionStatement, billingCoding, codes and updateHistory open blocks.
        assertEquals(criteria, text.chars().filter(c -> c == '{').count() - 5);
        return text.getBytes(UTF_8);
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private static List<Path> list(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".groovy") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a hostile file, read as Latin-1 so that a file with invalid UTF-8 still shows it. */
    static Header header(Path file) throws IOException {
        String[] lines = new String(Files.readAllBytes(file), ISO_8859_1).split("\r?\n", 3);
        Matcher attack = ATTACK.matcher(lines.length > 0 ? lines[0] : "");
        Matcher expect = EXPECT.matcher(lines.length > 1 ? lines[1] : "");
        if (!attack.matches() || !expect.matches()) {
            fail(file.getFileName() + " must start with `// attack: <family>` and `// expect: <CODE> <line>:<col>`");
        }
        return new Header(attack.group(1), DiagnosticCode.valueOf(expect.group(1)),
                Integer.parseInt(expect.group(2)), Integer.parseInt(expect.group(3)));
    }

    private static List<String> render(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }
}
