package io.coverkit.spark.rows;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of claims and of their determinations. Column names are the wire contract's
 * field names (request contract v2, determination contract v2), so a column path such as
 * {@code procedures[0].code} is the field an error names, and a table of wire requests read by
 * Spark's own JSON reader with {@link #REQUEST} is already a claims table. Types are Spark's own:
 * dates are {@code date}, units {@code int}, measures {@code decimal(27,12)} (the contract's 15
 * digits before and 12 after the point), facts {@code map<string,boolean>}.
 *
 * <p>A null column is a field the claim does not state, an empty array one it states as empty:
 * the difference matters where the contract gives it meaning (authorizations, studies,
 * prescriber credentials and consulted specialties). {@code extensions} is the JSON text of the
 * request's extensions object, carried and never read.
 */
public final class ClaimsSchema {

    private ClaimsSchema() {}

    /** The caller's own id of a claim line, carried into its determination; optional. */
    public static final String CLAIM_ID = "claimId";

    /** The line of an NDJSON input file a record was read from (1-based), as {@code coverkit batch} records carry it. */
    public static final String LINE = "line";

    private static final DataType TEXT = DataTypes.StringType;
    private static final DataType DATE = DataTypes.DateType;
    private static final DataType TEXTS = DataTypes.createArrayType(TEXT, false);

    /** A measure: at most 15 digits before the decimal point and 12 after. */
    public static final DecimalType MEASURE = DataTypes.createDecimalType(27, 12);

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static ArrayType arrayOf(StructField... fields) {
        return DataTypes.createArrayType(DataTypes.createStructType(fields), false);
    }

    /** A request's member. */
    public static final StructType MEMBER = DataTypes.createStructType(new StructField[] {
        field("lineOfBusiness", TEXT), field("birthDate", DATE), field("sex", TEXT), field("plan", TEXT)});

    /** The prior-authorization context of a pharmacy request. */
    public static final StructType PRIOR_AUTHORIZATION = DataTypes.createStructType(new StructField[] {
        field("drug", TEXT), field("prescriber", TEXT), field("channel", TEXT),
        field("prescriberCredentials", TEXTS), field("consultedSpecialties", TEXTS)});

    /** One claim line: a coverage request (wire contract v2) and the caller's claim id. */
    public static final StructType REQUEST = DataTypes.createStructType(new StructField[] {
        field(CLAIM_ID, TEXT),
        field("guideline", TEXT),
        field("dateOfService", DATE),
        field("member", MEMBER),
        field("procedures", arrayOf(field("system", TEXT), field("code", TEXT), field("units", DataTypes.IntegerType),
                field("modifiers", TEXTS))),
        field("diagnoses", arrayOf(field("system", TEXT), field("code", TEXT))),
        field("indications", TEXTS),
        field("documents", arrayOf(field("loinc", TEXT), field("date", DATE), field("elements", TEXTS))),
        field("facts", DataTypes.createMapType(TEXT, DataTypes.BooleanType, false)),
        field("observations", arrayOf(field("code", TEXT), field("value", MEASURE), field("unit", TEXT), field("date", DATE),
                field("method", TEXT))),
        field("events", arrayOf(field("code", TEXT), field("date", DATE))),
        field("priorServices", arrayOf(field("system", TEXT), field("code", TEXT), field("date", DATE), field("elements", TEXTS),
                field("units", DataTypes.IntegerType))),
        field("therapies", arrayOf(field("drug", TEXT), field("class", TEXT), field("start", DATE), field("end", DATE),
                field("outcome", TEXT), field("kind", TEXT))),
        field("orders", arrayOf(field("code", TEXT), field("date", DATE), field("written", DataTypes.BooleanType),
                field("orderedBy", TEXT), field("visit", TEXT))),
        field("priorAuthorization", PRIOR_AUTHORIZATION),
        field("placeOfService", TEXT),
        field("authorizations", arrayOf(field("drug", TEXT), field("system", TEXT), field("code", TEXT), field("start", DATE),
                field("end", DATE))),
        field("studies", arrayOf(field("id", TEXT), field("kind", TEXT))),
        field("complete", TEXTS),
        field("extensions", TEXT)});

    /** What in a claim a finding rests on. */
    public static final StructType EVIDENCE = DataTypes.createStructType(new StructField[] {
        field("field", TEXT), field("value", TEXT), field("date", DATE)});

    /** One finding of a determination, citing its clause. */
    public static final StructType FINDING = DataTypes.createStructType(new StructField[] {
        field("kind", TEXT), field("ref", TEXT), field("clause", TEXT), field("text", TEXT), field("section", TEXT),
        field("evidence", DataTypes.createArrayType(EVIDENCE, false))});

    /** A field a claim could not be read or decided for, and why. */
    public static final StructType ERROR = DataTypes.createStructType(new StructField[] {
        field("field", TEXT), field("message", TEXT)});

    /**
     * One claim's determination (determination contract v2), or its errors. A decided claim has an
     * outcome and no errors; a claim that could not be read or decided has no outcome and at least
     * one error naming its field, and is never left out.
     */
    public static final StructType DETERMINATION = DataTypes.createStructType(new StructField[] {
        field(CLAIM_ID, TEXT),
        field(LINE, DataTypes.LongType),
        field("contractVersion", TEXT),
        field("guideline", TEXT),
        field("revision", DATE),
        field("dateOfService", DATE),
        field("revisionBasis", TEXT),
        field("revisionDate", DATE),
        field("outcome", TEXT),
        field("findings", DataTypes.createArrayType(FINDING, false)),
        field("missingDocuments", arrayOf(field("loinc", TEXT), field("name", TEXT), field("notBefore", DATE),
                field("notAfter", DATE))),
        field("sourceDigest", TEXT),
        field("authorization", DataTypes.createStructType(new StructField[] {field("from", DATE), field("through", DATE),
            field("days", DataTypes.LongType)})),
        field("errors", DataTypes.createArrayType(ERROR, false))});
}
