package io.coverkit.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.request.CoverageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 1,024 LDCT (ncd-210.14) requests the decision paths are measured on: both revisions, every
 * criterion met, not met and unknown, and the edges the policy's readings name (the day a member
 * turns the age bound, quitting exactly 15 years before, a screening exactly a year before, an
 * order on the date of service), so a path fast only on the common request does not look better.
 */
public final class LdctRequests {

    /** The guideline. */
    public static final String GUIDELINE = "ncd-210.14";

    static final String[] ELEMENTS = {"eligibility-determination", "shared-decision-making", "adherence-counseling", "smoking-counseling"};

    private LdctRequests() {}

    /** The standard set's JSON texts. */
    public static List<String> texts() {
        return WireRequests.texts(1024, 20261207L, LdctRequests::one);
    }

    /** The standard set, read as a service reads it. */
    public static List<CoverageRequest> standard() {
        return WireRequests.read(texts());
    }

    private static ObjectNode one(SplittableRandom random) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        LocalDate dos = dateOfService(random);
        root.put("guideline", GUIDELINE);
        root.put("dateOfService", dos.toString());
        int age = 47 + random.nextInt(34);
        // One in five members has a birthday on the date of service, or the day after: age bounds at their edge.
        LocalDate birth = dos.minusYears(age).minusDays(random.nextInt(5) == 0 ? random.nextInt(2) - 1 : random.nextInt(360));
        ObjectNode member = root.putObject("member");
        member.put("lineOfBusiness", random.nextInt(4) == 0 ? "COMMERCIAL" : "MEDICARE_ADVANTAGE");
        if (random.nextInt(40) != 0) {
            member.put("birthDate", birth.toString());
        }
        member.put("sex", random.nextBoolean() ? "F" : "M");
        int p = random.nextInt(20);
        String system = p < 12 ? "HCPCS" : "CPT";
        String code = p < 12 ? "G0297" : p < 18 ? "71271" : "71250";
        root.putArray("procedures").addObject().put("system", system).put("code", code);
        ObjectNode facts = root.putObject("facts");
        fact(random, facts, "asymptomatic", 1, 1);
        fact(random, facts, "current-smoker", 1, 5);
        ArrayNode observations = root.putArray("observations");
        if (random.nextInt(12) != 0) {
            // Halves and whole packs: 20 and 30 pack-years are reached exactly now and then.
            observations.addObject().put("code", "packs-per-day").put("value", (1 + random.nextInt(5)) / 2.0).put("unit", "{pack}/d");
        }
        if (random.nextInt(12) != 0) {
            observations.addObject().put("code", "years-smoked").put("value", 10 + random.nextInt(41)).put("unit", "a");
        }
        ArrayNode events = root.putArray("events");
        int e = random.nextInt(10);
        if (e < 7) {
            LocalDate quit = switch (random.nextInt(5)) {
                case 0 -> dos.minusYears(15); // exactly 15 years: within, by the reading
                case 1 -> dos.minusYears(15).minusDays(1);
                case 2 -> dos.plusDays(3); // after the date of service: not counted
                default -> dos.minusDays(30 + random.nextInt(7000));
            };
            events.addObject().put("code", "quit-smoking").put("date", quit.toString());
        }
        ArrayNode services = root.putArray("priorServices");
        int s = random.nextInt(10);
        if (s < 3) {
            // An earlier screening: exactly a year before, within the year, or longer ago.
            LocalDate when = switch (random.nextInt(3)) {
                case 0 -> dos.minusYears(1);
                case 1 -> dos.minusDays(1 + random.nextInt(360));
                default -> dos.minusDays(400 + random.nextInt(800));
            };
            services.addObject().put("system", random.nextBoolean() ? "HCPCS" : "CPT").put("code", random.nextBoolean() ? "G0297" : "71271")
                    .put("date", when.toString());
        }
        if (random.nextInt(10) < 7) {
            ObjectNode visit = services.addObject().put("system", "HCPCS").put("code", "G0296")
                    .put("date", (random.nextInt(8) == 0 ? dos.plusDays(2) : dos.minusDays(random.nextInt(60))).toString());
            ArrayNode elements = visit.putArray("elements");
            for (String element : ELEMENTS) {
                if (random.nextInt(8) != 0) {
                    elements.add(element);
                }
            }
        }
        ArrayNode orders = root.putArray("orders");
        int orderCount = random.nextInt(10) < 2 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
        for (int i = 0; i < orderCount; i++) {
            ObjectNode order = orders.addObject();
            int c = random.nextInt(10);
            if (c == 0) {
                order.put("code", "G0297");
            } else if (c == 1) {
                order.put("code", "99213"); // names a code of no guideline's: not this screening's order
            }
            order.put("date", (random.nextInt(10) == 0 ? dos.plusDays(1) : random.nextInt(5) == 0 ? dos : dos.minusDays(random.nextInt(90))).toString());
            order.put("written", random.nextInt(5) != 0);
            int by = random.nextInt(6);
            if (by > 0) {
                order.put("orderedBy", by < 4 ? "PHYSICIAN" : "NON_PHYSICIAN_PRACTITIONER");
            }
            int v = random.nextInt(6);
            if (v < 4) {
                order.put("visit", v < 3 ? "counseling-visit" : "annual-wellness-visit");
            }
        }
        return root;
    }

    // Absent (unknown) in `absent` of ten requests, false in `no` of ten, else true.
    private static void fact(SplittableRandom random, ObjectNode facts, String name, int absent, int no) {
        int r = random.nextInt(10);
        if (r >= absent) {
            facts.put(name, r >= absent + no);
        }
    }

    private static LocalDate dateOfService(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 3) {
            return LocalDate.of(2014, 6, 1).plusDays(random.nextInt(240)); // before the original effective date
        }
        if (r < 35) {
            return LocalDate.of(2016, 1, 1).plusDays(random.nextInt(2200)); // the 2015 decision, CAG-00439N
        }
        if (r < 38) {
            return LocalDate.of(2022, 2, 10); // the day the reconsideration takes effect
        }
        return LocalDate.of(2022, 2, 11).plusDays(random.nextInt(1800));
    }

}
