package io.coverkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.determination.Finding;
import io.coverkit.json.RequestReader;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import io.coverkit.request.Member;
import io.coverkit.request.Procedure;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The 1,024 IGRT requests every decision path is measured on. Generated from a fixed seed so each
 * run decides the same requests; varied so that every outcome occurs and the document window is
 * probed at both edges (exactly six months before the date of service, one day earlier, the date
 * of service itself and one day after), since an engine that is fast only on the common path
 * would otherwise look better than it is.
 */
public final class IgrtRequests {

    /** The guideline the requests are for. */
    public static final String GUIDELINE = "04-77260-19";

    /** The indication ids of the position statement, in policy order (those the clause table cites). */
    public static final List<String> INDICATIONS =
            Arrays.stream(IgrtClauses.INDICATION_MET).map(Finding::ref).toList();

    /** The required documents' LOINC codes, in policy order. */
    public static final List<String> LOINCS = List.of("28626-0", "18741-9", "18776-5");

    private static final ObjectMapper JSON = new ObjectMapper();

    private IgrtRequests() {}

    /** {@code count} requests from {@code seed}; the same arguments always give the same requests. */
    public static List<CoverageRequest> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CoverageRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(one(random));
        }
        return List.copyOf(requests);
    }

    /**
     * The standard set: 1,024 requests, each read back from its JSON form as a service would
     * receive it. The round trip matters for fairness: generated requests share their strings with
     * the constants of the hand-written rule (Java interns literals), so its comparisons would
     * succeed on identity, which requests parsed from the wire never do.
     */
    public static List<CoverageRequest> standard() {
        RequestReader reader = new RequestReader();
        return generate(1024, 20260601L).stream()
                .map(r -> reader.read(toJson(r)).request().orElseThrow(() -> new IllegalStateException("unreadable: " + toJson(r))))
                .toList();
    }

    /** One request as a line of wire-contract JSON, for batch files. */
    public static String toJson(CoverageRequest r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("guideline", r.guideline());
        root.put("dateOfService", r.dateOfService().toString());
        ObjectNode member = root.putObject("member");
        member.put("lineOfBusiness", r.member().lineOfBusiness().name());
        member.put("birthDate", r.member().birthDate().toString());
        member.put("sex", r.member().sex());
        ArrayNode procedures = root.putArray("procedures");
        for (Procedure p : r.procedures()) {
            procedures.addObject().put("system", p.system()).put("code", p.code()).put("units", p.units()).putArray("modifiers");
        }
        root.putArray("diagnoses").addObject().put("system", "ICD-10-CM").put("code", "C61");
        ArrayNode indications = root.putArray("indications");
        r.indications().forEach(indications::add);
        ArrayNode documents = root.putArray("documents");
        for (Document d : r.documents()) {
            documents.addObject().put("loinc", d.loinc()).put("date", d.date().toString());
        }
        return root.toString();
    }

    /** Writes {@code count} generated requests to {@code file}, one JSON request per line. */
    public static void writeNdjson(Path file, int count, long seed) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (CoverageRequest r : generate(count, seed)) {
                out.write(toJson(r));
                out.write('\n');
            }
        }
    }

    private static CoverageRequest one(SplittableRandom random) {
        LocalDate dos = dateOfService(random);
        LineOfBusiness line = lineOfBusiness(random);
        List<Procedure> procedures = procedures(random);
        List<String> indications = new ArrayList<>();
        int wanted = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(3);
        for (int k = 0; k < wanted; k++) {
            String id = INDICATIONS.get(random.nextInt(INDICATIONS.size()));
            if (!indications.contains(id)) {
                indications.add(id);
            }
        }
        List<Document> documents = new ArrayList<>();
        for (String loinc : LOINCS) {
            int copies = random.nextInt(10) < 2 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                LocalDate date = documentDate(random, dos);
                if (date != null) {
                    documents.add(new Document(loinc, date));
                }
            }
        }
        return new CoverageRequest(GUIDELINE, dos, new Member(line, LocalDate.of(1958, 4, 2), "F"), procedures,
                List.of(), indications, documents, Map.of());
    }

    private static LocalDate dateOfService(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 3) {
            return LocalDate.of(2009, 6, 1).plusDays(random.nextInt(200)); // before the original effective date
        }
        if (r < 8) {
            return LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1500)); // position statement not published
        }
        if (r < 20) {
            return LocalDate.of(2025, 6, 1).plusDays(random.nextInt(214)); // the 2025 code list
        }
        if (r < 23) {
            return LocalDate.of(2026, 1, 1); // the day codes were deleted
        }
        if (r < 30) {
            return LocalDate.of(2026, 8, 31); // six months before is 2026-02-28
        }
        return LocalDate.of(2026, 1, 2).plusDays(random.nextInt(700));
    }

    private static LineOfBusiness lineOfBusiness(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 60) {
            return LineOfBusiness.COMMERCIAL;
        }
        if (r < 70) {
            return LineOfBusiness.FEP;
        }
        if (r < 75) {
            return LineOfBusiness.SAO;
        }
        if (r < 90) {
            return LineOfBusiness.MEDICARE_ADVANTAGE;
        }
        return LineOfBusiness.MEDICAID;
    }

    private static List<Procedure> procedures(SplittableRandom random) {
        int r = random.nextInt(100);
        Procedure igrt = new Procedure("CPT", "77387", 1, List.of());
        if (r < 70) {
            return List.of(igrt);
        }
        if (r < 78) {
            return List.of(new Procedure("CPT", "77014", 1, List.of())); // in scope only before 2026
        }
        if (r < 84) {
            return List.of(new Procedure("HCPCS", "G6001", 1, List.of()), new Procedure("HCPCS", "G6017", 1, List.of()));
        }
        if (r < 92) {
            return List.of(new Procedure("CPT", "77300", 1, List.of())); // never in scope
        }
        return List.of(new Procedure("CPT", "77300", 1, List.of()), igrt);
    }

    private static LocalDate documentDate(SplittableRandom random, LocalDate dos) {
        LocalDate edge = dos.minusMonths(6);
        return switch (random.nextInt(12)) {
            case 0 -> null; // not on file
            case 1 -> edge; // counts: the window is inclusive
            case 2 -> edge.minusDays(1); // one day too old
            case 3 -> dos; // counts
            case 4 -> dos.plusDays(1); // after the date of service
            default -> dos.minusDays(1 + random.nextInt(150));
        };
    }
}
