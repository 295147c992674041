package io.coverkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.annotations.API;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes determinations and request errors as wire contract JSON, fields in a fixed order, each
 * object saying its {@link ContractVersion} first.
 *
 * <p>The text is written by {@link PrettyJson} in the layout and with the escapes of Jackson's
 * default pretty printer, which is what an {@code ObjectMapper} with {@code INDENT_OUTPUT} writes
 * for {@link #toTree}: the same bytes, without setting up Jackson for a command that writes one.
 *
 * <p>{@link #writeRecord} keeps the text of findings that recur, so a writer that writes records
 * belongs to one thread at a time; {@link #toTree} and {@link #write} keep nothing.
 */
@API(status = API.Status.STABLE)
public final class DeterminationWriter {

    // Compact text of single findings, for the findings a writer has seen recur.
    private static final JsonFactory COMPACT = new JsonFactory();

    // Most findings of a batch's records are the compiled guideline's own shared instances (a code
    // in scope, an indication met, a document missing), so their compact text is kept, by identity,
    // once one recurs, and copied into later records instead of escaped and encoded again. A
    // finding built for one request is seen once and marked; one writer serves one batch chunk, so
    // what it keeps is bounded by the chunk.
    private final java.util.IdentityHashMap<Finding, Object> recurring = new java.util.IdentityHashMap<>();
    private static final Object SEEN_ONCE = new Object();
    private static final int MAX_KEPT = 4096;

    /** The determination as a JSON tree. */
    public ObjectNode toTree(Determination d) {
        return toTree(d, ContractVersion.CURRENT);
    }

    /**
     * The determination as a JSON tree for a caller of contract {@code version}: its outcome as
     * {@link ContractVersion#outcomeFor} says, with {@code detailedOutcome} when that differs.
     */
    public ObjectNode toTree(Determination d, String version) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(ContractVersion.FIELD, ContractVersion.CURRENT);
        root.put("guideline", d.guideline());
        root.put("revision", date(d.revision()));
        root.put("dateOfService", date(d.dateOfService()));
        root.put("revisionBasis", basis(d));
        root.put("revisionDate", date(d.revisionDate()));
        root.put("outcome", ContractVersion.outcomeFor(d.outcome(), version).name());
        if (ContractVersion.outcomeFor(d.outcome(), version) != d.outcome()) {
            root.put("detailedOutcome", d.outcome().name());
        }
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

    /**
     * Writes {@code {"line": line, ...the determination...}} with {@code generator}: the fields
     * and order of a {@link #toTree} object with {@code line} put first, streamed rather than built
     * as a tree, as a batch writes millions of them.
     */
    public void writeRecord(JsonGenerator generator, long line, Determination d) throws IOException {
        writeRecord(generator, line, d, ContractVersion.CURRENT);
    }

    /** {@link #writeRecord(JsonGenerator, long, Determination)} for a caller of contract {@code version}. */
    public void writeRecord(JsonGenerator generator, long line, Determination d, String version) throws IOException {
        JsonSink g = JsonSink.of(generator);
        try {
            g.startObject();
            g.name("line").number(line);
            fields(g, d, writesAsKept(generator) ? generator : null, version);
            g.endObject();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The determination as indented JSON text: the fields and order of {@link #toTree}. */
    public String write(Determination d) {
        return write(d, ContractVersion.CURRENT);
    }

    /** {@link #write(Determination)} for a caller of contract {@code version} ({@link #toTree(Determination, String)}). */
    public String write(Determination d, String version) {
        PrettyJson g = new PrettyJson();
        g.startObject();
        fields(g, d, null, version);
        g.endObject();
        return g.toString();
    }

    /**
     * The determination's fields, in the order of {@link #toTree}; recurring findings are copied
     * from their kept text into {@code keptInto} (the generator under {@code g}), or never when null.
     */
    private void fields(JsonSink g, Determination d, JsonGenerator keptInto, String version) {
        g.field(ContractVersion.FIELD, ContractVersion.CURRENT);
        g.field("guideline", d.guideline());
        g.field("revision", date(d.revision()));
        g.field("dateOfService", date(d.dateOfService()));
        g.field("revisionBasis", basis(d));
        g.field("revisionDate", date(d.revisionDate()));
        Outcome said = ContractVersion.outcomeFor(d.outcome(), version);
        g.field("outcome", said.name());
        if (said != d.outcome()) {
            g.field("detailedOutcome", d.outcome().name());
        }
        g.name("findings").startArray();
        for (Finding f : d.findings()) {
            if (keptInto == null || !writeKept(keptInto, f)) {
                writeFinding(g, f);
            }
        }
        g.endArray();
        g.name("missingDocuments").startArray();
        for (MissingDocument m : d.missingDocuments()) {
            g.startObject();
            g.field("loinc", m.loinc());
            g.field("name", m.name());
            g.field("notBefore", date(m.notBefore()));
            g.field("notAfter", date(m.notAfter()));
            g.endObject();
        }
        g.endArray();
        if (d.authorization() != null) {
            g.name("authorization").startObject();
            g.field("from", date(d.authorization().from()));
            g.field("through", date(d.authorization().through()));
            g.name("days").number(d.authorization().days());
            g.endObject();
        }
        g.field("sourceDigest", d.sourceDigest());
    }

    /** How many findings' text this writer keeps. */
    int kept() {
        int n = 0;
        for (Object v : recurring.values()) {
            n += v instanceof SerializedString ? 1 : 0;
        }
        return n;
    }

    /** True when {@code generator} writes a finding as the kept text is written: compact, default escapes and features. */
    private static boolean writesAsKept(JsonGenerator generator) {
        return generator.getPrettyPrinter() == null && generator.getCharacterEscapes() == null
                && generator.getHighestEscapedChar() == 0 && generator.getFeatureMask() == JsonGenerator.Feature.collectDefaults();
    }

    /** Writes {@code f} from its kept text when it has recurred; false when it is to be written in full. */
    private boolean writeKept(JsonGenerator g, Finding f) {
        Object kept = recurring.get(f);
        if (kept == null) {
            if (recurring.size() >= MAX_KEPT) {
                // A long-lived writer sees many findings built for one request: start afresh.
                recurring.clear();
            }
            recurring.put(f, SEEN_ONCE);
            return false;
        }
        SerializedString text;
        if (kept == SEEN_ONCE) {
            java.io.StringWriter out = new java.io.StringWriter(256);
            try (JsonGenerator single = COMPACT.createGenerator(out)) {
                writeFinding(JsonSink.of(single), f);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            text = new SerializedString(out.toString());
            recurring.put(f, text);
        } else {
            text = (SerializedString) kept;
        }
        try {
            g.writeRawValue(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }

    private static void writeFinding(JsonSink g, Finding f) {
        g.startObject();
        g.field("kind", f.kind().name());
        g.field("ref", f.ref());
        g.field("clause", f.clause());
        g.field("text", f.text());
        g.field("section", f.section());
        if (!f.evidence().isEmpty()) {
            g.name("evidence").startArray();
            for (Evidence e : f.evidence()) {
                g.startObject();
                g.field("field", e.field());
                g.field("value", e.value());
                if (e.date() != null) {
                    g.field("date", e.date().toString());
                }
                g.endObject();
            }
            g.endArray();
        }
        g.endObject();
    }

    /** Request errors as {@code {"contractVersion": "2", "errors": [{"field": ..., "message": ...}]}}. */
    public String writeErrors(List<RequestError> errors) {
        PrettyJson g = new PrettyJson();
        g.startObject();
        g.field(ContractVersion.FIELD, ContractVersion.CURRENT);
        g.name("errors").startArray();
        for (RequestError e : errors) {
            g.startObject();
            g.field("field", e.field());
            g.field("message", e.message());
            g.endObject();
        }
        g.endArray();
        g.endObject();
        return g.toString();
    }

    private static String basis(Determination d) {
        return d.revisionBasis() == RevisionBasis.AS_OF ? "asOf" : "dateOfService";
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
