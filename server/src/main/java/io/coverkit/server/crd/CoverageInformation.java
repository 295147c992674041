package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.server.fhir.OrderReader;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;

/**
 * Writes a coverage assertion as CRD's coverage-information extension, straight as FHIR JSON (the
 * order it goes on is echoed as the client's own JSON, see {@link OrderEcho}): the element names
 * and their order are FHIR R4's ({@code url} then the sub-extensions; each sub-extension's
 * {@code url} then its {@code value[x]}). Building the JSON directly rather than a HAPI
 * {@code Extension} that HAPI then encodes saved about a quarter of the handler's CPU (measured
 * with JFR under 8 clients: HAPI's encode of the order and the re-read of its text were 24% of the
 * server's samples).
 */
final class CoverageInformation {

    static final String URL = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
    /** CRD's temporary code system, which holds the coverage assertion reasons (2.2 adds the member and coverage ones). */
    static final String CRD_TEMP = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp";
    static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CoverageInformation() {}

    /**
     * The extension for one order under one coverage.
     *
     * @param coverage the client's reference to the Coverage, with a display only when none was found
     * @param billing the billing codes the assertion is scoped to (may be empty)
     */
    static ObjectNode extension(CoverageAssertion a, Reference coverage, LocalDate date, String assertionId,
            List<OrderReader.BillingCode> billing) {
        ObjectNode ext = NODES.objectNode();
        ext.put("url", URL);
        ArrayNode subs = ext.putArray("extension");
        sub(subs, "coverage").set("valueReference", reference(coverage));
        code(subs, "covered", a.covered());
        if (a.paNeeded() != null) {
            code(subs, "pa-needed", a.paNeeded());
        }
        if (a.docNeeded() != null) {
            code(subs, "doc-needed", a.docNeeded());
        }
        a.docPurpose().forEach(p -> code(subs, "doc-purpose", p));
        a.infoNeeded().forEach(i -> code(subs, "info-needed", i));
        for (OrderReader.BillingCode b : billing) {
            ObjectNode coding = sub(subs, "billingCode").putObject("valueCoding");
            coding.put("system", b.uri());
            coding.put("code", b.code());
        }
        for (CoverageAssertion.Reason r : a.reasons()) {
            ObjectNode cc = sub(subs, "reason").putObject("valueCodeableConcept");
            if (r.code() != null) {
                ObjectNode coding = cc.putArray("coding").addObject();
                coding.put("system", CRD_TEMP);
                coding.put("code", r.code());
            }
            // Text always: CRD 2.2 requires it for a code outside its value set, and it is what a clinician reads.
            cc.put("text", r.text());
        }
        a.questionnaires().forEach(q -> sub(subs, "questionnaire").put("valueCanonical", q));
        sub(subs, "date").put("valueDate", date.toString());
        sub(subs, "coverage-assertion-id").put("valueString", assertionId);
        if (a.satisfiedPaId() != null) {
            sub(subs, "satisfied-pa-id").put("valueString", a.satisfiedPaId());
        }
        return ext;
    }

    private static ObjectNode sub(ArrayNode subs, String url) {
        ObjectNode sub = subs.addObject();
        sub.put("url", url);
        return sub;
    }

    private static void code(ArrayNode subs, String url, String code) {
        sub(subs, url).put("valueCode", code);
    }

    // A Reference's elements in FHIR's order; coverkit's references carry reference, or type and display.
    private static ObjectNode reference(Reference r) {
        ObjectNode out = NODES.objectNode();
        if (r.hasReference()) {
            out.put("reference", r.getReference());
        }
        if (r.hasType()) {
            out.put("type", r.getType());
        }
        if (r.hasIdentifier()) {
            throw new IllegalStateException("coverkit writes no Coverage reference by identifier");
        }
        if (r.hasDisplay()) {
            out.put("display", r.getDisplay());
        }
        return out;
    }
}
