package io.coverkit.server.crd;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.server.fhir.Fhir;
import io.coverkit.server.fhir.OrderReader;
import io.coverkit.server.fhir.Prefetch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Reads a hook call: Jackson for the CDS Hooks envelope, HAPI FHIR for each resource, one at a time
 * so an error names the field it is in ({@code context.draftOrders.entry[2].resource.code}).
 */
final class HookRequestReader {

    private final ObjectMapper json;
    private final OrderReader orders;
    /** QuestionnaireResponses found among the context's resources (one reader reads one request). */
    private final List<QuestionnaireResponse> contextResponses = new ArrayList<>();

    HookRequestReader(ObjectMapper json, OrderReader orders) {
        this.json = json;
        this.orders = orders;
    }

    HookRequest read(Hook hook, byte[] body, List<String> notes) throws BadHookRequest {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadHookRequest("", "the body is not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new BadHookRequest("", "the body cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw new BadHookRequest("", "a hook request is a JSON object");
        }
        String sent = text(root, "hook", "hook");
        if (!sent.equals(hook.id())) {
            throw new BadHookRequest("hook", "is `" + sent + "`, but service `" + hook.serviceId() + "` answers `" + hook.id() + "`");
        }
        String hookInstance = text(root, "hookInstance", "hookInstance");
        JsonNode context = root.get("context");
        if (context == null || !context.isObject()) {
            throw new BadHookRequest("context", "is required and must be an object");
        }
        String patientId = text(context, "patientId", "context.patientId");
        Prefetch prefetch = prefetch(root.get("prefetch"));
        JsonNode ext = root.get("extension");
        ConfigurationOption.Settings config = ConfigurationOption.Settings.read(ext == null ? null : ext.get("davinci-crd.configuration"));
        config.ignored().forEach(i -> notes.add("configuration: " + i + " (ignored; the default applies)"));
        List<HookRequest.Target> targets = switch (hook) {
            case ORDER_SIGN -> bundleOrders(context, "draftOrders", null);
            case ORDER_SELECT -> bundleOrders(context, "draftOrders", selections(context));
            case ORDER_DISPATCH -> dispatched(context, prefetch, notes);
            case APPOINTMENT_BOOK -> appointments(context, prefetch);
            case ENCOUNTER_START -> List.of();
        };
        List<QuestionnaireResponse> responses = new ArrayList<>(prefetch.all(QuestionnaireResponse.class));
        responses.addAll(contextResponses);
        return new HookRequest(hook, hookInstance, patientId, targets, prefetch, config, responses);
    }

    private static String text(JsonNode node, String name, String path) throws BadHookRequest {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new BadHookRequest(path, "is required");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new BadHookRequest(path, "must be a non-empty string");
        }
        return v.asText();
    }

    private Prefetch prefetch(JsonNode node) throws BadHookRequest {
        Prefetch prefetch = new Prefetch();
        if (node == null || node.isNull()) {
            return prefetch;
        }
        if (!node.isObject()) {
            throw new BadHookRequest("prefetch", "must be an object of prefetched resources");
        }
        for (Map.Entry<String, JsonNode> e : iterable(node)) {
            String path = "prefetch." + e.getKey();
            if (e.getValue().isNull()) {
                prefetch.addNone(e.getKey());
            } else {
                prefetch.add(e.getKey(), resource(e.getValue(), path));
            }
        }
        return prefetch;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private Resource resource(JsonNode node, String path) throws BadHookRequest {
        if (!node.isObject()) {
            throw new BadHookRequest(path, "must be a FHIR resource (a JSON object)");
        }
        JsonNode type = node.get("resourceType");
        if (type == null || !type.isTextual()) {
            throw new BadHookRequest(path + ".resourceType", "is required");
        }
        IBaseResource parsed;
        try {
            parsed = Fhir.parse(node.toString());
        } catch (DataFormatException e) {
            throw new BadHookRequest(path, "is not a valid FHIR R4 `" + type.asText() + "`: " + firstLine(e.getMessage()));
        }
        if (!(parsed instanceof Resource r)) {
            throw new BadHookRequest(path, "is not a FHIR R4 resource");
        }
        return r;
    }

    private List<String> selections(JsonNode context) throws BadHookRequest {
        JsonNode s = context.get("selections");
        if (s == null || !s.isArray()) {
            throw new BadHookRequest("context.selections", "is required and must be an array of references");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.get(i).isTextual()) {
                throw new BadHookRequest("context.selections[" + i + "]", "must be a reference such as `ServiceRequest/sr-1`");
            }
            out.add(s.get(i).asText());
        }
        return out;
    }

    private List<HookRequest.Target> bundleOrders(JsonNode context, String field, List<String> selections) throws BadHookRequest {
        String path = "context." + field;
        JsonNode bundle = context.get(field);
        if (bundle == null || !bundle.isObject()) {
            throw new BadHookRequest(path, "is required and must be a FHIR Bundle");
        }
        if (!"Bundle".equals(bundle.path("resourceType").asText())) {
            throw new BadHookRequest(path + ".resourceType", "must be `Bundle`");
        }
        JsonNode entries = bundle.get("entry");
        if (entries != null && !entries.isArray()) {
            throw new BadHookRequest(path + ".entry", "must be an array");
        }
        List<HookRequest.Target> out = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String at = path + ".entry[" + i + "].resource";
            JsonNode node = entries.get(i).get("resource");
            if (node == null) {
                throw new BadHookRequest(at, "is required");
            }
            Resource r = resource(node, at);
            if (r instanceof QuestionnaireResponse qr) {
                // A client may send the DTR answers with the orders they are about.
                contextResponses.add(qr);
                continue;
            }
            String ref = r.fhirType() + "/" + r.getIdElement().getIdPart();
            found.add(ref);
            if (selections != null && !selections.contains(ref)) {
                continue;
            }
            target(r, at, null).ifPresent(out::add);
        }
        if (selections != null) {
            for (int i = 0; i < selections.size(); i++) {
                if (!found.contains(selections.get(i))) {
                    throw new BadHookRequest("context.selections[" + i + "]", "`" + selections.get(i) + "` names no resource of context.draftOrders");
                }
            }
        }
        return out;
    }

    private Optional<HookRequest.Target> target(Resource r, String at, java.time.LocalDate dateOfService) throws BadHookRequest {
        OrderReader.Result read = orders.read(r);
        if (read.missing() != null) {
            throw new BadHookRequest(at + "." + read.missing(), "is required: it says what is ordered");
        }
        return read.order().map(o -> new HookRequest.Target(o, at, dateOfService));
    }

    private List<HookRequest.Target> dispatched(JsonNode context, Prefetch prefetch, List<String> notes) throws BadHookRequest {
        JsonNode refs = context.get("dispatchedOrders");
        if (refs == null || !refs.isArray()) {
            throw new BadHookRequest("context.dispatchedOrders", "is required and must be an array of references");
        }
        List<HookRequest.Target> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String at = "context.dispatchedOrders[" + i + "]";
            if (!refs.get(i).isTextual()) {
                throw new BadHookRequest(at, "must be a reference such as `ServiceRequest/sr-1`");
            }
            String ref = refs.get(i).asText();
            Optional<Resource> r = prefetch.find(ref);
            if (r.isEmpty()) {
                notes.add("`" + ref + "` is not in the prefetch, and coverkit fetches nothing from the client: no coverage information for it");
                continue;
            }
            target(r.get(), "prefetch (" + ref + ")", null).ifPresent(out::add);
        }
        return out;
    }

    private List<HookRequest.Target> appointments(JsonNode context, Prefetch prefetch) throws BadHookRequest {
        String path = "context.appointments";
        JsonNode bundle = context.get("appointments");
        if (bundle == null || !bundle.isObject() || !"Bundle".equals(bundle.path("resourceType").asText())) {
            throw new BadHookRequest(path, "is required and must be a FHIR Bundle of Appointments");
        }
        Resource parsed = resource(bundle, path);
        Bundle appointments = (Bundle) parsed;
        Prefetch local = new Prefetch();
        local.add("appointments", appointments);
        List<HookRequest.Target> out = new ArrayList<>();
        for (int i = 0; i < appointments.getEntry().size(); i++) {
            Resource r = appointments.getEntry().get(i).getResource();
            if (!(r instanceof Appointment a)) {
                continue;
            }
            String at = path + ".entry[" + i + "].resource";
            // CRD: an appointment based on an order gets its coverage information on the order.
            boolean onOrder = false;
            for (Reference based : a.getBasedOn()) {
                String ref = based.getReference();
                Optional<Resource> order = local.find(ref).or(() -> prefetch.find(ref));
                if (order.isPresent() && order.get() instanceof ServiceRequest) {
                    target(order.get(), at + ".basedOn (" + ref + ")", OrderReader.start(a)).ifPresent(out::add);
                    onOrder = true;
                }
            }
            if (!onOrder) {
                out.add(new HookRequest.Target(orders.appointment(a), at, null));
            }
        }
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        // HAPI prefixes its messages with an internal code such as `HAPI-1821: `
        line = line.replaceFirst("^HAPI-\\d+:\\s*", "");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
