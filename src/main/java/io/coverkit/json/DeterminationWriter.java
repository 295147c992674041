package io.coverkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.request.RequestError;
import java.time.LocalDate;
import java.util.List;

/** Writes determinations and request errors as wire contract v1 JSON, fields in a fixed order. */
public final class DeterminationWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The determination as a JSON tree. */
    public ObjectNode toTree(Determination d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("guideline", d.guideline());
        root.put("revision", date(d.revision()));
        root.put("dateOfService", date(d.dateOfService()));
        root.put("revisionBasis", d.revisionBasis() == RevisionBasis.AS_OF ? "asOf" : "dateOfService");
        root.put("revisionDate", date(d.revisionDate()));
        root.put("outcome", d.outcome().name());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode node = findings.addObject();
            node.put("kind", f.kind().name());
            node.put("ref", f.ref());
            node.put("clause", f.clause());
            node.put("text", f.text());
            node.put("section", f.section());
            if (!f.evidence().isEmpty()) {
                ArrayNode evidence = node.putArray("evidence");
                for (Evidence e : f.evidence()) {
                    ObjectNode item = evidence.addObject();
                    item.put("field", e.field());
                    item.put("value", e.value());
                    if (e.date() != null) {
                        item.put("date", e.date().toString());
                    }
                }
            }
        }
        ArrayNode missing = root.putArray("missingDocuments");
        for (MissingDocument m : d.missingDocuments()) {
            ObjectNode node = missing.addObject();
            node.put("loinc", m.loinc());
            node.put("name", m.name());
            node.put("notBefore", date(m.notBefore()));
            node.put("notAfter", date(m.notAfter()));
        }
        if (d.authorization() != null) {
            // Written only when present, so contract v1 callers see exactly the fields they know.
            ObjectNode period = root.putObject("authorization");
            period.put("from", date(d.authorization().from()));
            period.put("through", date(d.authorization().through()));
            period.put("days", d.authorization().days());
        }
        root.put("sourceDigest", d.sourceDigest());
        return root;
    }

    /** The determination as indented JSON text. */
    public String write(Determination d) {
        return text(toTree(d));
    }

    /** Request errors as {@code {"errors": [{"field": ..., "message": ...}]}}. */
    public String writeErrors(List<RequestError> errors) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (RequestError e : errors) {
            list.addObject().put("field", e.field()).put("message", e.message());
        }
        return text(root);
    }

    private static String text(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree built in memory always serializes", e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
