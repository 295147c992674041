package io.coverkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Outcome;
import io.coverkit.json.RequestReader;
import io.coverkit.model.ProcedureCode;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Procedure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * examples/claims/igrt-claims.ndjson holds what the Spark impact job's acceptance needs: IGRT
 * (04-77260-19) claims whose outcome the 2026-01-01 revision (the annual coding update that
 * deletes 77014, G6001, G6002 and G6017) changes exactly when every code of the claim in the
 * guideline's scope on 2025-05-15 is one it deletes. The scope is read from the guideline's model,
 * not listed here, so the file and the policy cannot drift apart unnoticed.
 */
class ScenarioCorpusIgrtImpactTest {

    private static final Path FILE = Path.of("examples", "claims", "igrt-claims.ndjson");
    private static final String IGRT = "04-77260-19";
    private static final LocalDate FROM = LocalDate.parse("2025-05-15");
    private static final LocalDate TO = LocalDate.parse("2026-01-01");

    @Test
    void theCodingUpdateChangesExactlyTheClaimsWhoseOnlyInScopeCodesItDeletes() throws IOException {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        List<ProcedureCode> codes = library.evaluator(IGRT).orElseThrow().guideline().billing().codes();
        Set<String> inScope = codes.stream().filter(c -> c.validity().inForceOn(FROM)).map(c -> c.system() + " " + c.code())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> deleted = codes.stream().filter(c -> c.validity().inForceOn(FROM) && !c.validity().inForceOn(TO))
                .map(c -> c.system() + " " + c.code()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("CPT 77014", "HCPCS G6001", "HCPCS G6002", "HCPCS G6017"), deleted, "the codes the update deletes");

        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        RequestReader reader = new RequestReader();
        List<String> wrong = new ArrayList<>();
        Set<String> alone = new TreeSet<>();
        Set<String> linesOfBusiness = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        int changing = 0;
        int mixed = 0;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            RequestReader.Result read = reader.read(lines.get(i));
            assertTrue(read.request().isPresent(), FILE + ":" + line + " is not a request: " + read.errors());
            CoverageRequest request = read.request().get();
            Set<String> claimed = new TreeSet<>();
            for (Procedure p : request.procedures()) {
                if (inScope.contains(p.system() + " " + p.code())) {
                    claimed.add(p.system() + " " + p.code());
                }
            }
            boolean expected = !claimed.isEmpty() && deleted.containsAll(claimed);
            Outcome before = outcome(library, request, FROM, line);
            Outcome after = outcome(library, request, TO, line);
            if (expected != (before != after)) {
                wrong.add("line " + line + " (" + claimed + "): " + before + " -> " + after);
            }
            changing += expected ? 1 : 0;
            mixed += claimed.stream().anyMatch(deleted::contains) && !deleted.containsAll(claimed) ? 1 : 0;
            if (claimed.size() == 1) {
                alone.addAll(claimed);
            }
            linesOfBusiness.add(request.member().lineOfBusiness().name());
            years.add(request.dateOfService().getYear());
        }
        assertEquals(List.of(), wrong, "claims whose change is not the one their in-scope codes predict");
        // The file tests the rule both ways: every code on its own, deleted codes with kept ones, every member kind.
        assertEquals(inScope, alone, "every in-scope code is billed alone on some claim");
        assertTrue(changing >= 10 && mixed >= 5 && changing < lines.size() - 10, changing + " change, " + mixed + " mix deleted and kept codes");
        assertEquals(Set.of("COMMERCIAL", "FEP", "MEDICARE_ADVANTAGE"), linesOfBusiness);
        assertEquals(Set.of(2025, 2026), years);
    }

    private static Outcome outcome(GuidelineLibrary library, CoverageRequest request, LocalDate asOf, int line) {
        Decision decision = library.decide(IGRT, request, asOf);
        assertTrue(decision instanceof Decision.Decided, FILE + ":" + line + " is refused as of " + asOf + ": " + decision);
        return ((Decision.Decided) decision).determination().outcome();
    }
}
