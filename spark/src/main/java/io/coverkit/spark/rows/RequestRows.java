package io.coverkit.spark.rows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * Reads claim rows as coverage requests, exactly as {@code coverkit batch} reads the same requests
 * as JSON: each row becomes a tree of the wire contract's shape, which core's {@link RequestReader}
 * validates, so a row gets the same request or the same errors, each naming the wire field
 * ({@code member.lineOfBusiness}, {@code procedures[0].code}). No JSON text is written or parsed
 * but the {@code extensions} column, which is JSON text by design.
 *
 * <p>A table may order its columns differently from {@link ClaimsSchema#REQUEST}, lack optional
 * ones or lack nested fields, and carry columns of its own: {@link #forSchema} resolves where each
 * field is once per input schema, and {@link #read} then reads rows by index. A null column is a
 * field the request does not state, an empty array one it states as empty. Measures are read as
 * the number without the trailing zeros of the {@code decimal(27,12)} column (Parquet keeps no
 * scale of its own): {@code 30.50} in a request's JSON is {@code 30.5} once it has been in a table.
 *
 * <p>A reader keeps a {@link RequestReader} and is meant for one thread (one partition) at a time;
 * it is not serializable: make one per partition from the (serializable) schema, which is cheap.
 * Reading a typical IGRT claim row costs about 3.5-4 microseconds, as reading its JSON text does.
 */
public final class RequestRows {

    private final StructNodes nodes;
    private final int claimId;
    private final RequestReader reader = new RequestReader();

    private RequestRows(StructType actual) {
        this.nodes = StructNodes.of(ClaimsSchema.REQUEST, actual, ExtensionsText.FIELD);
        Option<Object> id = actual.getFieldIndex(ClaimsSchema.CLAIM_ID);
        this.claimId = id.isEmpty() ? -1 : (Integer) id.get();
    }

    /** A reader of rows of {@code actual}, the schema of the table the rows come from. */
    public static RequestRows forSchema(StructType actual) {
        return new RequestRows(actual);
    }

    /**
     * The request a row states, or every error in it, each naming its wire field. Never throws for
     * the row's values: a value of the wrong type is an error naming its field, and a row the
     * mapping fails on anyway is that row's error ({@code $}), never its task's.
     */
    public RequestReader.Result read(Row row) {
        try {
            return readUnguarded(row);
        } catch (RuntimeException e) {
            return new RequestReader.Result(Optional.empty(),
                    List.of(new RequestError("$", "the claim could not be read: " + e.getClass().getSimpleName())));
        }
    }

    private RequestReader.Result readUnguarded(Row row) {
        ObjectNode tree = nodes.object(row);
        RequestError extensionsError = null;
        int extensions = nodes.extensionsIndex();
        if (extensions >= 0 && !row.isNullAt(extensions)) {
            Object text = row.get(extensions);
            if (text instanceof String json) {
                ExtensionsText.Parsed parsed = ExtensionsText.parse(json);
                if (parsed.error() == null) {
                    tree.set(ExtensionsText.FIELD, parsed.node());
                } else {
                    extensionsError = parsed.error();
                }
            } else {
                extensionsError = new RequestError(ExtensionsText.FIELD, "must be JSON text of an object");
            }
        }
        RequestReader.Result result = reader.read(tree);
        if (extensionsError == null) {
            return result;
        }
        List<RequestError> errors = new ArrayList<>(result.errors());
        errors.add(extensionsError);
        return new RequestReader.Result(Optional.empty(), errors, result.contractVersion());
    }

    /** The row's claim id, or null when it has none or the table has no such column. */
    public String claimId(Row row) {
        if (claimId < 0 || row.isNullAt(claimId)) {
            return null;
        }
        Object id = row.get(claimId);
        return id instanceof String text ? text : String.valueOf(id);
    }

    /**
     * What keeps a table of {@code actual} from being read as claims, checked once on the driver
     * before any task: a column the claims schema does not know (with the nearest claims column), a
     * column or nested field of the wrong type (with its path and the type expected). Nullability is
     * not checked, and columns named in {@code carried} (the caller's own, carried into the output)
     * may be of any type. Empty when the table can be read; a column the table lacks is no problem,
     * since a row that needs it gets its error.
     */
    public static List<String> checkSchema(StructType actual, Set<String> carried) {
        return SchemaCheck.problems(actual, carried);
    }

    /** {@link #checkSchema(StructType, Set)} with no carried columns. */
    public static List<String> checkSchema(StructType actual) {
        return SchemaCheck.problems(actual, Set.of());
    }

    /**
     * A request as a row of {@link ClaimsSchema#REQUEST}, dates as {@link java.time.LocalDate}
     * (jobs set {@code spark.sql.datetime.java8API.enabled}), arrays as Scala sequences.
     */
    public static Row toRow(String claimId, CoverageRequest request) {
        return RequestRowWriter.row(claimId, request);
    }

    /**
     * A request given as wire-contract JSON text as a row, for turning NDJSON requests into a
     * claims table; the request's errors when the text is not a valid request.
     *
     * @throws IllegalArgumentException naming every field at fault when the text is not a valid request
     */
    public static Row toRow(String claimId, String wireJson) {
        RequestReader.Result result = new RequestReader().read(wireJson);
        if (result.request().isEmpty()) {
            StringBuilder why = new StringBuilder("not a valid request:");
            for (RequestError e : result.errors()) {
                why.append(' ').append(e.format()).append(';');
            }
            throw new IllegalArgumentException(why.substring(0, why.length() - 1));
        }
        return toRow(claimId, result.request().get());
    }
}
