package io.coverkit.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.request.Authorization;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import io.coverkit.request.Observation;
import io.coverkit.request.Order;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.util.List;

/**
 * A request built in code (by the kit's request builder) as the JSON a caller would send for it:
 * every part written, an absent or empty optional value left out, as the reader reads it back.
 */
final class WireRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireRequest() {}

    static String of(CoverageRequest r) {
        ObjectNode root = JSON.createObjectNode();
        text(root, "guideline", r.guideline());
        date(root, "dateOfService", r.dateOfService());
        ObjectNode member = root.putObject("member").put("lineOfBusiness", r.member().lineOfBusiness().name());
        date(member, "birthDate", r.member().birthDate());
        text(member, "sex", r.member().sex());
        text(member, "plan", r.member().plan());
        ArrayNode procedures = root.putArray("procedures");
        for (Procedure p : r.procedures()) {
            ObjectNode node = procedures.addObject().put("system", p.system()).put("code", p.code()).put("units", p.units());
            texts(node, "modifiers", p.modifiers());
        }
        if (r.procedures().isEmpty() && r.priorAuthorization() != null) {
            root.remove("procedures"); // a pharmacy request names its drug instead
        }
        ArrayNode diagnoses = root.putArray("diagnoses");
        r.diagnoses().forEach(d -> diagnoses.addObject().put("system", d.system()).put("code", d.code()));
        texts(root, "indications", r.indications());
        ArrayNode documents = root.putArray("documents");
        for (Document d : r.documents()) {
            ObjectNode node = documents.addObject().put("loinc", d.loinc());
            date(node, "date", d.date());
            texts(node, "elements", d.elements());
        }
        if (!r.extensions().isEmpty()) {
            root.set("extensions", JSON.valueToTree(r.extensions()));
        }
        if (!r.facts().isEmpty()) {
            ObjectNode facts = root.putObject("facts");
            r.facts().forEach(facts::put);
        }
        ArrayNode observations = root.putArray("observations");
        for (Observation o : r.observations()) {
            ObjectNode node = observations.addObject().put("code", o.code()).put("value", o.value());
            text(node, "unit", o.unit());
            date(node, "date", o.date());
            text(node, "method", o.method());
        }
        ArrayNode events = root.putArray("events");
        r.events().forEach(e -> date(events.addObject().put("code", e.code()), "date", e.date()));
        ArrayNode priorServices = root.putArray("priorServices");
        for (PriorService s : r.priorServices()) {
            ObjectNode node = priorServices.addObject().put("system", s.system()).put("code", s.code());
            date(node, "date", s.date());
            texts(node, "elements", s.elements());
            if (s.units() != null) {
                node.put("units", s.units());
            }
        }
        ArrayNode therapies = root.putArray("therapies");
        for (Therapy t : r.therapies()) {
            ObjectNode node = therapies.addObject();
            text(node, "drug", t.drug());
            text(node, "class", t.drugClass());
            date(node, "start", t.start());
            date(node, "end", t.end());
            node.put("outcome", t.outcome().name());
            if (t.kind() != Therapy.Kind.DRUG) {
                node.put("kind", t.kind().name());
            }
        }
        ArrayNode orders = root.putArray("orders");
        for (Order o : r.orders()) {
            ObjectNode node = orders.addObject();
            text(node, "code", o.code());
            date(node, "date", o.date());
            node.put("written", o.written());
            text(node, "orderedBy", o.orderedBy());
            text(node, "visit", o.visit());
        }
        if (r.priorAuthorization() != null) {
            ObjectNode pa = root.putObject("priorAuthorization").put("drug", r.priorAuthorization().drug());
            text(pa, "prescriber", r.priorAuthorization().prescriber());
            text(pa, "channel", r.priorAuthorization().channel());
            // null (not stated) is left out; an empty list states that there are none
            if (r.priorAuthorization().prescriberCredentials() != null) {
                ArrayNode credentials = pa.putArray("prescriberCredentials");
                r.priorAuthorization().prescriberCredentials().forEach(credentials::add);
            }
            if (r.priorAuthorization().consultedSpecialties() != null) {
                ArrayNode consulted = pa.putArray("consultedSpecialties");
                r.priorAuthorization().consultedSpecialties().forEach(consulted::add);
            }
        }
        text(root, "placeOfService", r.placeOfService());
        // null (not stated) is left out; an empty list states that there are none
        if (r.authorizations() != null) {
            ArrayNode authorizations = root.putArray("authorizations");
            for (Authorization a : r.authorizations()) {
                ObjectNode node = authorizations.addObject();
                text(node, "drug", a.drug());
                text(node, "system", a.system());
                text(node, "code", a.code());
                date(node, "start", a.start());
                date(node, "end", a.end());
            }
        }
        if (r.studies() != null) {
            ArrayNode studies = root.putArray("studies");
            r.studies().forEach(e -> studies.addObject().put("id", e.id()).put("kind", e.kind()));
        }
        if (!r.complete().isEmpty()) {
            texts(root, "complete", r.complete());
        }
        return root.toString();
    }

    private static void text(ObjectNode node, String name, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(name, value);
        }
    }

    private static void date(ObjectNode node, String name, LocalDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static void texts(ObjectNode node, String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
    }
}
