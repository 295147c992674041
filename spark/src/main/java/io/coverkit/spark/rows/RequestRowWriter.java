package io.coverkit.spark.rows;

import io.coverkit.request.Authorization;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Member;
import io.coverkit.request.Observation;
import io.coverkit.request.Order;
import io.coverkit.request.PriorAuthorization;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import io.coverkit.request.Therapy;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.ArraySeq;

/**
 * Writes a {@link CoverageRequest} as a row of {@link ClaimsSchema#REQUEST}: the same fields a
 * request's JSON states. Empty text the model keeps for a field not stated (a therapy's drug, an
 * observation's unit) becomes null, an absent field, so reading the row gives the same request.
 */
final class RequestRowWriter {

    private static final StructType PROCEDURE = items("procedures");
    private static final StructType DIAGNOSIS = items("diagnoses");
    private static final StructType DOCUMENT = items("documents");
    private static final StructType OBSERVATION = items("observations");
    private static final StructType EVENT = items("events");
    private static final StructType PRIOR_SERVICE = items("priorServices");
    private static final StructType THERAPY = items("therapies");
    private static final StructType ORDER = items("orders");
    private static final StructType AUTHORIZATION = items("authorizations");
    private static final StructType STUDY = items("studies");

    private RequestRowWriter() {}

    private static StructType items(String column) {
        return (StructType) ((ArrayType) ClaimsSchema.REQUEST.apply(column).dataType()).elementType();
    }

    static Row row(String claimId, CoverageRequest r) {
        return new GenericRowWithSchema(new Object[] {
            claimId,
            r.guideline(),
            r.dateOfService(),
            member(r.member()),
            rows(r.procedures(), RequestRowWriter::procedure),
            rows(r.diagnoses(), d -> struct(DIAGNOSIS, d.system(), d.code())),
            Cells.texts(r.indications()),
            rows(r.documents(), d -> struct(DOCUMENT, d.loinc(), d.date(), Cells.texts(d.elements()))),
            r.facts().isEmpty() ? null : Cells.map(r.facts()),
            rows(r.observations(), RequestRowWriter::observation),
            rows(r.events(), e -> struct(EVENT, e.code(), e.date())),
            rows(r.priorServices(), RequestRowWriter::priorService),
            rows(r.therapies(), RequestRowWriter::therapy),
            rows(r.orders(), RequestRowWriter::order),
            priorAuthorization(r.priorAuthorization()),
            r.placeOfService(),
            r.authorizations() == null ? null : rows(r.authorizations(), RequestRowWriter::authorization),
            r.studies() == null ? null : rows(r.studies(), s -> struct(STUDY, s.id(), s.kind())),
            Cells.texts(r.complete()),
            ExtensionsText.write(r.extensions())}, ClaimsSchema.REQUEST);
    }

    private static Row member(Member m) {
        return struct(ClaimsSchema.MEMBER, m.lineOfBusiness().name(), m.birthDate(), m.sex(), m.plan());
    }

    private static Row procedure(Procedure p) {
        return struct(PROCEDURE, p.system(), p.code(), p.units(), Cells.texts(p.modifiers()));
    }

    private static Row observation(Observation o) {
        return struct(OBSERVATION, o.code(), o.value(), stated(o.unit()), o.date(), stated(o.method()));
    }

    private static Row priorService(PriorService p) {
        return struct(PRIOR_SERVICE, p.system(), p.code(), p.date(), Cells.texts(p.elements()), p.units());
    }

    private static Row therapy(Therapy t) {
        // the kind only when not a drug, the default, as a request's JSON would leave it out
        return struct(THERAPY, stated(t.drug()), stated(t.drugClass()), t.start(), t.end(), t.outcome().name(),
                t.kind() == Therapy.Kind.DRUG ? null : t.kind().name());
    }

    private static Row order(Order o) {
        return struct(ORDER, stated(o.code()), o.date(), o.written(), stated(o.orderedBy()), stated(o.visit()));
    }

    private static Row priorAuthorization(PriorAuthorization p) {
        return p == null ? null : struct(ClaimsSchema.PRIOR_AUTHORIZATION, p.drug(), stated(p.prescriber()),
                stated(p.channel()), Cells.texts(p.prescriberCredentials()), Cells.texts(p.consultedSpecialties()));
    }

    private static Row authorization(Authorization a) {
        return struct(AUTHORIZATION, stated(a.drug()), stated(a.system()), stated(a.code()), a.start(), a.end());
    }

    private static Row struct(StructType schema, Object... values) {
        return new GenericRowWithSchema(values, schema);
    }

    private static <T> ArraySeq<Object> rows(List<T> items, Function<T, Row> row) {
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = row.apply(items.get(i));
        }
        return Cells.seq(out);
    }

    // The model's empty text for a field not stated, as the null of an absent column.
    private static String stated(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
