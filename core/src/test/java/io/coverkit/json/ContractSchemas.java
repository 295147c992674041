package io.coverkit.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The contract's JSON Schemas as the core jar carries them, checked by a real JSON Schema validator
 * (draft 2020-12, with {@code format} asserted, so a date that is no day of the calendar fails).
 * Shared with the other modules' tests through the core's test jar.
 */
public final class ContractSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema REQUEST = load(ContractVersion.REQUEST_SCHEMA);
    private static final Schema DETERMINATION = load(ContractVersion.DETERMINATION_SCHEMA);
    private static final Schema REQUEST_ERRORS = load(ContractVersion.REQUEST_ERRORS_SCHEMA);

    private ContractSchemas() {}

    private static Schema load(String resource) {
        try (InputStream in = ContractVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("the core jar carries " + resource);
            }
            return REGISTRY.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code json} as a request; empty when it keeps to the request schema. */
    public static List<String> requestViolations(String json) {
        return violations(REQUEST, json);
    }

    /** What is wrong with {@code json} as a determination; empty when it keeps to the determination schema. */
    public static List<String> determinationViolations(String json) {
        return violations(DETERMINATION, json);
    }

    /** What is wrong with {@code json} as request errors; empty when it keeps to the request-errors schema. */
    public static List<String> requestErrorsViolations(String json) {
        return violations(REQUEST_ERRORS, json);
    }

    private static List<String> violations(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }
}
