package io.coverkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.coverkit.request.Authorization;
import io.coverkit.request.StudyEnrollment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the claim context fields of a request (contract v2): the place of service, the
 * authorizations on file, the study enrollments, a prior service's units and the prescriber's
 * credentials and consulted specialties. Kept apart from {@link RequestReader} so that reader
 * stays a list of fields; errors name the JSON path as everywhere else.
 *
 * <p>A list field left out is null (not stated, so a criterion reading it is unknown); an empty
 * list states that there is nothing (a criterion reading it is not met).
 */
record ClaimContextFields(String placeOfService, List<Authorization> authorizations, List<StudyEnrollment> studies) {

    static final String PLACE_OF_SERVICE = "placeOfService";
    static final String AUTHORIZATIONS = "authorizations";
    static final String STUDIES = "studies";

    private static final Set<String> AUTHORIZATION = Set.of("drug", "system", "code", "start", "end");
    private static final Set<String> STUDY = Set.of("id", "kind");
    private static final Set<String> STUDY_KINDS = Set.of("CED", "IDE");
    // Most a request's or a prior service's units may be: a year of daily supplies, and then some.
    private static final int MAX_UNITS = 100_000;

    private static final RequestReader.Item<Authorization> AUTHORIZATION_ITEM = new RequestReader.Item<>() {
        @Override
        Authorization read(JsonNode node, String path, RequestReader.Fields f) {
            return authorization(node, path, f);
        }
    };

    private static final RequestReader.Item<StudyEnrollment> STUDY_ITEM = new RequestReader.Item<>() {
        @Override
        StudyEnrollment read(JsonNode node, String path, RequestReader.Fields f) {
            return study(node, path, f);
        }
    };

    /** The claim context fields of a request object. */
    static ClaimContextFields read(JsonNode root, RequestReader.Fields f) {
        String place = f.optionalText(root, "", PLACE_OF_SERVICE);
        if (place != null && !Formats.isPlaceOfService(place)) {
            f.error(PLACE_OF_SERVICE, "`" + FieldPath.shown(place) + "` is not a place-of-service code: two digits, such as 11 or 12");
            place = null;
        }
        List<Authorization> authorizations = root.has(AUTHORIZATIONS) ? f.array(root, "", AUTHORIZATIONS, false, AUTHORIZATION_ITEM) : null;
        List<StudyEnrollment> studies = root.has(STUDIES) ? f.array(root, "", STUDIES, false, STUDY_ITEM) : null;
        return new ClaimContextFields(place, authorizations, studies);
    }

    /** A list of ids at {@code prefix + name}, or null when the field is left out. */
    static List<String> ids(JsonNode node, String prefix, String name, RequestReader.Fields f) {
        return node.has(name) ? f.array(node, prefix, name, false, RequestReader.ID) : null;
    }

    /** The {@code units} of an object at {@code path}: null when left out, a whole number from 1 otherwise. */
    static Integer units(JsonNode node, String path, RequestReader.Fields f) {
        if (!node.has("units")) {
            return null;
        }
        JsonNode u = node.get("units");
        if (!u.isIntegralNumber() || !u.canConvertToInt() || u.asInt() < 1 || u.asInt() > MAX_UNITS) {
            f.error(path + ".units", "must be a whole number from 1 to " + MAX_UNITS);
            return null;
        }
        return u.asInt();
    }

    private static Authorization authorization(JsonNode node, String path, RequestReader.Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", AUTHORIZATION);
        String drug = f.optionalCode(node, path + ".", "drug");
        String system = null;
        String code = null;
        boolean forCode = node.has("system") || node.has("code");
        if (drug != null && forCode) {
            f.error(path, "an authorization is for a drug or for a code, not both");
            return null;
        }
        if (drug == null && !forCode) {
            f.error(path, "an authorization names its `drug`, or its `system` and `code`");
            return null;
        }
        if (forCode) {
            system = RequestReader.codeSystem(node, path, f);
            code = RequestReader.procedureCode(node, path, f);
        }
        LocalDate start = f.date(node, path + ".", "start", true);
        LocalDate end = f.date(node, path + ".", "end", false);
        if (start != null && end != null && end.isBefore(start)) {
            f.error(path + ".end", "ends (" + end + ") before it starts (" + start + ")");
            return null;
        }
        if (start == null || (forCode && (system == null || code == null))) {
            return null;
        }
        return new Authorization(drug, system, code, start, end);
    }

    private static StudyEnrollment study(JsonNode node, String path, RequestReader.Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", STUDY);
        String id = f.requiredText(node, path + ".", "id");
        String kind = f.requiredText(node, path + ".", "kind");
        if (kind != null && !STUDY_KINDS.contains(kind)) {
            f.error(path + ".kind", "unknown study kind `" + FieldPath.shown(kind) + "`; expected CED or IDE");
            return null;
        }
        if (id != null && id.isBlank()) {
            f.error(path + ".id", "must not be empty");
            return null;
        }
        return id == null || kind == null ? null : new StudyEnrollment(id, kind);
    }
}
