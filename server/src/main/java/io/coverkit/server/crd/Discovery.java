package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CDS Hooks 2.0 discovery document: one service per hook, each with the prefetch templates for
 * what guidelines read and the CRD configuration options the service honours.
 */
final class Discovery {

    private Discovery() {}

    /** The prefetch templates every service asks for, by key. */
    static Map<String, String> prefetch(Hook hook) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("patient", "Patient/{{context.patientId}}");
        p.put("coverage", "Coverage?patient={{context.patientId}}&status=active");
        if (hook == Hook.ENCOUNTER_START) {
            p.put("encounter", "Encounter/{{context.encounterId}}");
            return p;
        }
        p.put("conditions", "Condition?patient={{context.patientId}}");
        p.put("observations", "Observation?patient={{context.patientId}}");
        p.put("documents", "DocumentReference?patient={{context.patientId}}");
        p.put("procedures", "Procedure?patient={{context.patientId}}");
        p.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}");
        p.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}");
        p.put("questionnaireResponses", "QuestionnaireResponse?subject=Patient/{{context.patientId}}&status=completed");
        if (hook == Hook.ORDER_DISPATCH) {
            p.put("dispatchedServiceRequests", "ServiceRequest?_id={{context.dispatchedOrders.ServiceRequest.id}}");
        }
        if (hook == Hook.APPOINTMENT_BOOK) {
            p.put("appointmentServiceRequests", "ServiceRequest?patient={{context.patientId}}&status=active,draft");
        }
        return p;
    }

    static String json(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ArrayNode services = root.putArray("services");
        for (Hook hook : Hook.values()) {
            ObjectNode s = services.addObject();
            s.put("hook", hook.id());
            s.put("id", hook.serviceId());
            s.put("title", "coverkit: " + hook.title());
            s.put("description", description(hook));
            ObjectNode prefetch = s.putObject("prefetch");
            prefetch(hook).forEach(prefetch::put);
            ObjectNode ext = s.putObject("extension");
            ArrayNode options = ext.putArray("davinci-crd.configuration-options");
            for (ConfigurationOption o : ConfigurationOption.values()) {
                ObjectNode opt = options.addObject();
                opt.put("code", o.code());
                opt.put("type", "boolean");
                opt.put("name", o.displayName());
                opt.put("description", o.description());
                opt.put("default", o.defaultValue());
            }
        }
        return root.toString();
    }

    private static String description(Hook hook) {
        String base = "Da Vinci CRD from coverkit's coverage guidelines: ";
        if (hook == Hook.ENCOUNTER_START) {
            return base + "says which coverage coverkit finds for the patient (prefetch only, nothing is fetched).";
        }
        return base + "decides each order billing a guideline's CPT/HCPCS codes and returns its coverage information"
                + (hook.primary() ? " with the documentation the guideline needs (a DTR questionnaire)." : "; as a secondary hook it never asks for documentation.");
    }
}
