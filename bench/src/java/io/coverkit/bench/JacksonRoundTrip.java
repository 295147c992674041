package io.coverkit.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.coverkit.determination.Determination;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.json.ContractVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The practical limit for a JSON API around a decision: Jackson databind reading a request into a
 * tree of records and writing a determination from records, with no decision in between. The
 * records mirror the wire contract field for field; the determination is written with Jackson's
 * default pretty printer, the bytes coverkit writes (JsonRoundTripTest holds them equal).
 */
public final class JacksonRoundTrip {

    /** A request as plain records. */
    public record Request(@JsonInclude(JsonInclude.Include.NON_NULL) String contractVersion, String guideline, LocalDate dateOfService, Member member, List<Code> procedures, List<Code> diagnoses,
            List<String> indications, List<Document> documents, Map<String, Object> extensions, Map<String, Boolean> facts,
            List<Observation> observations, List<Event> events, List<PriorService> priorServices, List<Therapy> therapies,
            List<Order> orders, PriorAuthorization priorAuthorization) {}

    /** The member. */
    public record Member(String lineOfBusiness, LocalDate birthDate, String sex) {}

    /** A procedure or diagnosis code. */
    public record Code(String system, String code, Integer units, List<String> modifiers) {}

    /** A document on file. */
    public record Document(String loinc, LocalDate date, List<String> elements) {}

    /** An observation. */
    public record Observation(String code, BigDecimal value, String unit, LocalDate date) {}

    /** A clinical event. */
    public record Event(String code, LocalDate date) {}

    /** A prior service. */
    public record PriorService(String system, String code, LocalDate date, List<String> elements) {}

    /** A therapy. */
    public record Therapy(String drug, @com.fasterxml.jackson.annotation.JsonProperty("class") String drugClass, LocalDate start,
            LocalDate end, String outcome) {}

    /** An order. */
    public record Order(String code, LocalDate date, Boolean written, String orderedBy, String visit) {}

    /** The prior-authorization context. */
    public record PriorAuthorization(String drug, String prescriber, String channel) {}

    /** A determination as plain records, fields in wire order. */
    @JsonPropertyOrder({"contractVersion", "guideline", "revision", "dateOfService", "revisionBasis", "revisionDate", "outcome", "findings", "missingDocuments",
        "authorization", "sourceDigest"})
    public record Result(String contractVersion, String guideline, String revision, String dateOfService, String revisionBasis, String revisionDate, String outcome,
            List<Finding> findings, List<Missing> missingDocuments, @JsonInclude(JsonInclude.Include.NON_NULL) Authorization authorization,
            String sourceDigest) {}

    /** A finding. */
    @JsonPropertyOrder({"kind", "ref", "clause", "text", "section", "evidence"})
    public record Finding(String kind, String ref, String clause, String text, String section,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Evidence> evidence) {}

    /** A finding's evidence. */
    @JsonPropertyOrder({"field", "value", "date"})
    public record Evidence(String field, String value, @JsonInclude(JsonInclude.Include.NON_NULL) String date) {}

    /** A missing document. */
    @JsonPropertyOrder({"loinc", "name", "notBefore", "notAfter"})
    public record Missing(String loinc, String name, String notBefore, String notAfter) {}

    /** An approval's period. */
    @JsonPropertyOrder({"from", "through", "days"})
    public record Authorization(String from, String through, long days) {}

    private final ObjectReader reader;
    private final ObjectWriter writer;

    /** A mapper set up once, as a service holds one. */
    public JacksonRoundTrip() {
        SimpleModule dates = new SimpleModule().addDeserializer(LocalDate.class, new StdDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return LocalDate.parse(p.getText());
            }
        });
        ObjectMapper mapper = new ObjectMapper().registerModule(dates);
        this.reader = mapper.readerFor(Request.class);
        this.writer = mapper.writerWithDefaultPrettyPrinter().forType(Result.class);
    }

    /** Reads a request. */
    public Request read(String json) throws JsonProcessingException {
        return reader.readValue(json);
    }

    /** Writes a determination's records. */
    public String write(Result result) throws JsonProcessingException {
        return writer.writeValueAsString(result);
    }

    /** The records of a coverkit determination, built once, outside any timing. */
    public static Result of(Determination d) {
        List<Finding> findings = d.findings().stream().map(f -> new Finding(f.kind().name(), f.ref(), f.clause(), f.text(), f.section(),
                f.evidence().stream().map(e -> new Evidence(e.field(), e.value(), date(e.date()))).toList())).toList();
        List<Missing> missing = d.missingDocuments().stream()
                .map(m -> new Missing(m.loinc(), m.name(), date(m.notBefore()), date(m.notAfter()))).toList();
        Authorization period = d.authorization() == null ? null
                : new Authorization(date(d.authorization().from()), date(d.authorization().through()), d.authorization().days());
        return new Result(ContractVersion.CURRENT, d.guideline(), date(d.revision()), date(d.dateOfService()),
                d.revisionBasis() == RevisionBasis.AS_OF ? "asOf" : "dateOfService", date(d.revisionDate()), d.outcome().name(), findings,
                missing, period, d.sourceDigest());
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
