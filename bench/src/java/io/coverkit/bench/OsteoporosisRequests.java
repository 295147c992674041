package io.coverkit.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.request.CoverageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 1,024 osteoporosis (Ohio Medicaid UPDL) prior-authorization requests the decision paths are
 * measured on: preferred and non-preferred drugs, drugs off the list, trials that meet or miss 90
 * and 365 days by one, overlapping therapies, a therapy of another class under way, and Tymlos with
 * the lifetime cap reached, near and far, so the approval is shortened now and then.
 */
public final class OsteoporosisRequests {

    /** The guideline. */
    public static final String GUIDELINE = "ohio-medicaid-updl-osteoporosis";

    static final String[] DRUGS = {"alendronate-tab", "calcitonin-salmon", "forteo", "ibandronate", "alendronate-susp",
        "fosamax-plus-d", "risedronate", "tymlos"};
    static final String[] OUTCOMES = {"ONGOING", "COMPLETED", "FAILURE", "INTOLERANCE", "ALLERGY", "CONTRAINDICATION"};

    private OsteoporosisRequests() {}

    /** The standard set's JSON texts. */
    public static List<String> texts() {
        return WireRequests.texts(1024, 20261208L, OsteoporosisRequests::one);
    }

    /** The standard set, read as a service reads it. */
    public static List<CoverageRequest> standard() {
        return WireRequests.read(texts());
    }

    private static ObjectNode one(SplittableRandom random) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        LocalDate dos = random.nextInt(30) == 0 ? LocalDate.of(2022, 1, 3).plusDays(random.nextInt(100))
                : LocalDate.of(2022, 4, 15).plusDays(random.nextInt(1700));
        root.put("guideline", GUIDELINE);
        root.put("dateOfService", dos.toString());
        ObjectNode member = root.putObject("member");
        member.put("lineOfBusiness", "MEDICAID");
        member.put("birthDate", LocalDate.of(1940, 1, 1).plusDays(random.nextInt(9000)).toString());
        member.put("sex", random.nextInt(6) == 0 ? "M" : random.nextInt(20) == 0 ? "U" : "F");
        int d = random.nextInt(20);
        // Tymlos half the time: its additional criteria and the cap are the expensive part.
        String drug = d < 10 ? "tymlos" : d < 19 ? DRUGS[random.nextInt(DRUGS.length)] : "denosumab";
        root.putObject("priorAuthorization").put("drug", drug).put("prescriber", "1234567893").put("channel", "ePA");
        ArrayNode diagnoses = root.putArray("diagnoses");
        int g = random.nextInt(10);
        if (g < 6) {
            diagnoses.addObject().put("system", "ICD-10-CM").put("code", random.nextBoolean() ? "M81.0" : "M80.08XA");
        } else if (g < 8) {
            diagnoses.addObject().put("system", "ICD-10-CM").put("code", "E55.9");
        }
        ObjectNode facts = root.putObject("facts");
        if (random.nextInt(8) != 0) {
            facts.put("postmenopausal", random.nextInt(6) != 0);
        }
        ArrayNode therapies = root.putArray("therapies");
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            therapy(random, therapies.addObject(), dos);
        }
        return root;
    }

    private static void therapy(SplittableRandom random, ObjectNode t, LocalDate dos) {
        int k = random.nextInt(10);
        String drug = k < 4 ? (random.nextBoolean() ? "alendronate-tab" : "ibandronate") : k < 6 ? "forteo" : k < 7 ? "tymlos"
                : k < 8 ? "calcitonin-salmon" : k < 9 ? "risedronate" : "vitamin-d";
        t.put("drug", drug);
        if (drug.equals("vitamin-d")) {
            t.put("class", "supplements");
        }
        // Lengths at the criteria's edges: 89, 90, 365, 366 days, and long ones near the 730-day cap.
        int[] lengths = {89, 90, 365, 366, 200, 500, 729, 730, 40};
        int length = lengths[random.nextInt(lengths.length)];
        LocalDate end = random.nextInt(5) == 0 ? dos.plusDays(random.nextInt(60)) : dos.minusDays(1 + random.nextInt(900));
        LocalDate start = end.minusDays(length - 1L);
        t.put("start", start.toString());
        String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
        if (!outcome.equals("ONGOING") || random.nextBoolean()) {
            t.put("end", end.toString());
        }
        t.put("outcome", outcome);
    }
}
