package io.coverkit.server.fhir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.model.LineOfBusiness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How FHIR resources become a coverage request: which Coverage.class names the member's line of
 * business, which code systems are CPT, HCPCS, ICD-10-CM and LOINC, where the CRD billing-options
 * extension is, and which medication codes name which drugs of a drug list. Read from a JSON file
 * whose keys override the defaults ({@code default-mapping.json} beside this class; docs/crd.md
 * describes the format); an unknown key or line of business is an error naming it.
 *
 * @param lineOfBusiness how a Coverage's class names the line of business
 * @param procedureSystems code system URIs per coverkit procedure system ({@code CPT}, {@code HCPCS})
 * @param diagnosisSystems code system URIs read as ICD-10-CM
 * @param documentSystems code system URIs of DocumentReference.type read as LOINC
 * @param billingOptionsExtension the URL of CRD's billing-options extension
 * @param drugs medication codes ({@code SYSTEM|CODE}) to drug ids of a guideline's drug list
 */
public record FhirMapping(
        LineOfBusinessRule lineOfBusiness,
        Map<String, List<String>> procedureSystems,
        List<String> diagnosisSystems,
        List<String> documentSystems,
        String billingOptionsExtension,
        Map<String, String> drugs) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public FhirMapping {
        procedureSystems = Map.copyOf(procedureSystems);
        diagnosisSystems = List.copyOf(diagnosisSystems);
        documentSystems = List.copyOf(documentSystems);
        drugs = drugs == null ? Map.of() : Map.copyOf(drugs);
        for (String system : procedureSystems.keySet()) {
            if (!system.equals("CPT") && !system.equals("HCPCS")) {
                throw new IllegalArgumentException("`procedureSystems." + system + "`: coverkit's procedure systems are CPT and HCPCS");
            }
        }
    }

    /**
     * How a Coverage names its line of business: the value or name of a {@code Coverage.class} whose
     * type is {@code classSystem|classCode}, compared without regard to case with each line's
     * values; {@code otherwise} when no class matches. {@code plans} maps a class value to the
     * plan-defined line of business (such as {@code ohio-medicaid-managed-care}) a guideline declares.
     */
    public record LineOfBusinessRule(String classSystem, String classCode, Map<LineOfBusiness, List<String>> values,
            LineOfBusiness otherwise, Map<String, String> plans) {
        public LineOfBusinessRule {
            values = Map.copyOf(values);
            plans = plans == null ? Map.of() : Map.copyOf(plans);
            if (otherwise == null) {
                throw new IllegalArgumentException("`lineOfBusiness.otherwise` is required");
            }
        }

        /**
         * The line of business a class value or name names, if any: one of a line's values, or the
         * line's own name ({@code MEDICARE}, {@code medicare-advantage}), with case, hyphens,
         * underscores and spaces aside.
         */
        public Optional<LineOfBusiness> named(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String wanted = normal(text);
            for (LineOfBusiness line : LineOfBusiness.values()) {
                for (String value : values.getOrDefault(line, List.of())) {
                    if (normal(value).equals(wanted)) {
                        return Optional.of(line);
                    }
                }
            }
            for (LineOfBusiness line : LineOfBusiness.values()) {
                if (normal(line.name()).equals(wanted)) {
                    return Optional.of(line);
                }
            }
            return Optional.empty();
        }

        private static String normal(String text) {
            return text.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ");
        }
    }

    /** The coverkit procedure system ({@code CPT}, {@code HCPCS}) a FHIR code system URI is, if either. */
    public Optional<String> procedureSystem(String uri) {
        for (Map.Entry<String, List<String>> e : procedureSystems.entrySet()) {
            if (e.getValue().contains(uri)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The FHIR code system URI coverkit writes for a procedure system (the first one configured). */
    public String procedureUri(String system) {
        List<String> uris = procedureSystems.getOrDefault(system, List.of());
        return uris.isEmpty() ? "urn:coverkit:" + system : uris.get(0);
    }

    /** The mapping coverkit uses when none is configured. */
    public static FhirMapping defaults() {
        return read(defaultsTree(), "the default mapping");
    }

    /**
     * The mapping a JSON file states, over the defaults: each key it gives replaces the default's
     * (objects merge key by key, lists are replaced whole).
     *
     * @throws IllegalArgumentException naming the file and the field at fault
     */
    public static FhirMapping read(Path file) {
        JsonNode given;
        try {
            given = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": the mapping file cannot be read as JSON: " + firstLine(e.getMessage()), e);
        }
        if (given == null || !given.isObject()) {
            throw new IllegalArgumentException(file + ": the mapping file must hold a JSON object");
        }
        ObjectNode merged = defaultsTree();
        merge(merged, (ObjectNode) given);
        return read(merged, file.toString());
    }

    private static FhirMapping read(ObjectNode tree, String name) {
        try {
            return JSON.treeToValue(tree, FhirMapping.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException(name + ": `" + path(e) + "` is not a mapping key", e);
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException(name + ": `" + path(e) + "`: `" + e.getValue() + "` is not allowed here"
                    + " (lines of business: COMMERCIAL, FEP, SAO, MEDICARE_ADVANTAGE, MEDICAID, MEDICARE)", e);
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException(name + ": `" + path(e) + "` has the wrong shape", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": " + firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String path(MismatchedInputException e) {
        List<String> parts = new ArrayList<>();
        e.getPath().forEach(r -> parts.add(r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]"));
        return String.join(".", parts).replace(".[", "[");
    }

    private static ObjectNode defaultsTree() {
        try (InputStream in = FhirMapping.class.getResourceAsStream("default-mapping.json")) {
            if (in == null) {
                throw new IllegalStateException("default-mapping.json is missing from the server jar");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = into.get(f.getKey());
            // "values" lists each line of business whole: a file that names MEDICAID alone keeps the
            // defaults for FEP and the rest, so objects merge key by key.
            if (existing != null && existing.isObject() && f.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) f.getValue());
            } else {
                into.set(f.getKey(), f.getValue());
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
