package io.coverkit.spark.rows;

import io.coverkit.determination.AuthorizationPeriod;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.json.ContractVersion;
import io.coverkit.request.RequestError;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;

/**
 * Determinations as rows of {@link ClaimsSchema#DETERMINATION}, and back. Fields are spelled as
 * determination contract v2 writes them ({@link io.coverkit.json.DeterminationWriter}): the
 * outcome's name, {@code revisionBasis} {@code dateOfService} or {@code asOf}, an authorization
 * period with its days.
 *
 * <p>A decided row has an outcome and a null {@code errors} column (the JSON of a determination has
 * no errors field); a rejected row has a null outcome and its errors listed, each naming the wire
 * field at fault. Dates are {@link java.time.LocalDate}; reading accepts {@link java.sql.Date} too.
 */
public final class DeterminationRows {

    private static final StructType FINDING = ClaimsSchema.FINDING;
    private static final StructType EVIDENCE = ClaimsSchema.EVIDENCE;
    private static final StructType MISSING = items("missingDocuments");
    private static final StructType AUTHORIZATION = (StructType) ClaimsSchema.DETERMINATION.apply("authorization").dataType();
    private static final StructType ERROR = ClaimsSchema.ERROR;

    // Column indices of ClaimsSchema.DETERMINATION, in its order.
    private static final int CLAIM_ID = 0;
    private static final int LINE = 1;
    private static final int GUIDELINE = 3;
    private static final int REVISION = 4;
    private static final int DATE_OF_SERVICE = 5;
    private static final int REVISION_BASIS = 6;
    private static final int REVISION_DATE = 7;
    private static final int OUTCOME = 8;
    private static final int FINDINGS = 9;
    private static final int MISSING_DOCUMENTS = 10;
    private static final int SOURCE_DIGEST = 11;
    private static final int AUTHORIZATION_PERIOD = 12;
    private static final int ERRORS = 13;
    private static final int COLUMNS = 14;

    private static final String AS_OF = "asOf";
    private static final String DATE_OF_SERVICE_BASIS = "dateOfService";

    private DeterminationRows() {}

    private static StructType items(String column) {
        return (StructType) ((ArrayType) ClaimsSchema.DETERMINATION.apply(column).dataType()).elementType();
    }

    /** The row of a decision: {@link #decided} or {@link #rejected}. */
    public static Row of(String claimId, Long line, io.coverkit.api.Decision decision) {
        return decision instanceof io.coverkit.api.Decision.Decided d ? decided(claimId, line, d.determination())
                : rejected(claimId, line, ((io.coverkit.api.Decision.Rejected) decision).errors());
    }

    /** The row of a decided claim: its determination, with {@code claimId} and {@code line} when known (else null). */
    public static Row decided(String claimId, Long line, Determination d) {
        Object[] row = new Object[COLUMNS];
        row[CLAIM_ID] = claimId;
        row[LINE] = line;
        row[2] = ContractVersion.CURRENT;
        row[GUIDELINE] = d.guideline();
        row[REVISION] = d.revision();
        row[DATE_OF_SERVICE] = d.dateOfService();
        row[REVISION_BASIS] = d.revisionBasis() == RevisionBasis.AS_OF ? AS_OF : DATE_OF_SERVICE_BASIS;
        row[REVISION_DATE] = d.revisionDate();
        row[OUTCOME] = d.outcome().name();
        row[FINDINGS] = findingRows(d.findings());
        row[MISSING_DOCUMENTS] = missingRows(d.missingDocuments());
        row[SOURCE_DIGEST] = d.sourceDigest();
        AuthorizationPeriod period = d.authorization();
        row[AUTHORIZATION_PERIOD] = period == null ? null
                : new GenericRowWithSchema(new Object[] {period.from(), period.through(), period.days()}, AUTHORIZATION);
        return new GenericRowWithSchema(row, ClaimsSchema.DETERMINATION);
    }

    /** The row of a claim that could not be read or decided: no outcome, and every error naming its field. */
    public static Row rejected(String claimId, Long line, List<RequestError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejected claim has at least one error");
        }
        Object[] row = new Object[COLUMNS];
        row[CLAIM_ID] = claimId;
        row[LINE] = line;
        row[2] = ContractVersion.CURRENT;
        Object[] items = new Object[errors.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new GenericRowWithSchema(new Object[] {errors.get(i).field(), errors.get(i).message()}, ERROR);
        }
        row[ERRORS] = Cells.seq(items);
        return new GenericRowWithSchema(row, ClaimsSchema.DETERMINATION);
    }

    /**
     * The determination a decided row holds, for tests and for comparing outcomes.
     *
     * @throws IllegalArgumentException when the row is a rejected one (it has no outcome)
     */
    public static Determination determination(Row row) {
        if (row.isNullAt(OUTCOME)) {
            throw new IllegalArgumentException("the row has no outcome: it holds the errors of a claim that was not decided");
        }
        Row period = row.isNullAt(AUTHORIZATION_PERIOD) ? null : row.getStruct(AUTHORIZATION_PERIOD);
        return new Determination(
                row.getString(GUIDELINE),
                Cells.date(row.get(REVISION)),
                Cells.date(row.get(DATE_OF_SERVICE)),
                AS_OF.equals(row.getString(REVISION_BASIS)) ? RevisionBasis.AS_OF : RevisionBasis.DATE_OF_SERVICE,
                Cells.date(row.get(REVISION_DATE)),
                Outcome.valueOf(row.getString(OUTCOME)),
                findings(Cells.list(row.get(FINDINGS))),
                missing(Cells.list(row.get(MISSING_DOCUMENTS))),
                row.getString(SOURCE_DIGEST),
                period == null ? null : new AuthorizationPeriod(Cells.date(period.get(0)), Cells.date(period.get(1))));
    }

    /** The errors a row lists; empty for a decided row. */
    public static List<RequestError> errors(Row row) {
        List<?> items = Cells.list(row.get(ERRORS));
        if (items == null) {
            return List.of();
        }
        List<RequestError> errors = new ArrayList<>(items.size());
        for (Object item : items) {
            Row error = (Row) item;
            errors.add(new RequestError(error.getString(0), error.getString(1)));
        }
        return errors;
    }

    private static Object findingRows(List<Finding> findings) {
        Object[] items = new Object[findings.size()];
        for (int i = 0; i < items.length; i++) {
            Finding f = findings.get(i);
            Object[] evidence = new Object[f.evidence().size()];
            for (int j = 0; j < evidence.length; j++) {
                Evidence e = f.evidence().get(j);
                evidence[j] = new GenericRowWithSchema(new Object[] {e.field(), e.value(), e.date()}, EVIDENCE);
            }
            items[i] = new GenericRowWithSchema(
                    new Object[] {f.kind().name(), f.ref(), f.clause(), f.text(), f.section(), Cells.seq(evidence)}, FINDING);
        }
        return Cells.seq(items);
    }

    private static List<Finding> findings(List<?> rows) {
        List<Finding> findings = new ArrayList<>(rows.size());
        for (Object item : rows) {
            Row f = (Row) item;
            List<?> evidenceRows = f.isNullAt(5) ? List.of() : Cells.list(f.get(5));
            List<Evidence> evidence = new ArrayList<>(evidenceRows.size());
            for (Object e : evidenceRows) {
                Row r = (Row) e;
                evidence.add(new Evidence(r.getString(0), r.getString(1), Cells.date(r.get(2))));
            }
            findings.add(new Finding(FindingKind.valueOf(f.getString(0)), f.getString(1), f.getString(2), f.getString(3),
                    f.getString(4), evidence));
        }
        return findings;
    }

    private static Object missingRows(List<MissingDocument> documents) {
        Object[] items = new Object[documents.size()];
        for (int i = 0; i < items.length; i++) {
            MissingDocument m = documents.get(i);
            items[i] = new GenericRowWithSchema(new Object[] {m.loinc(), m.name(), m.notBefore(), m.notAfter()}, MISSING);
        }
        return Cells.seq(items);
    }

    private static List<MissingDocument> missing(List<?> rows) {
        List<MissingDocument> documents = new ArrayList<>(rows.size());
        for (Object item : rows) {
            Row m = (Row) item;
            documents.add(new MissingDocument(m.getString(0), m.getString(1), Cells.date(m.get(2)), Cells.date(m.get(3))));
        }
        return documents;
    }
}
