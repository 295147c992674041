package io.coverkit.server.dtr;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How coverkit names the questionnaire it generates for a guideline revision: the canonical URL
 * {@code BASE/fhir/Questionnaire/GUIDELINE} with the revision's effective date as its version, so
 * a CRD answer can point DTR at the form for exactly the revision it decided under.
 */
public final class QuestionnaireUrls {

    private static final String PATH = "/fhir/Questionnaire/";

    private QuestionnaireUrls() {}

    /** The Questionnaire.url for a guideline, under the server's public base URL. */
    public static String url(String baseUrl, String guidelineId) {
        return stripSlash(baseUrl) + PATH + guidelineId;
    }

    /** The versioned canonical ({@code url|version}) for a guideline's revision. */
    public static String canonical(String baseUrl, String guidelineId, LocalDate revision) {
        return url(baseUrl, guidelineId) + "|" + revision;
    }

    /**
     * The guideline and revision a canonical names, when it is one of coverkit's under any base URL;
     * empty otherwise. The revision is empty when the canonical carries no version.
     */
    public static Optional<Named> parse(String canonical) {
        if (canonical == null) {
            return Optional.empty();
        }
        int at = canonical.lastIndexOf(PATH);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = canonical.substring(at + PATH.length());
        int bar = rest.indexOf('|');
        String id = bar < 0 ? rest : rest.substring(0, bar);
        if (id.isEmpty() || id.contains("/")) {
            return Optional.empty();
        }
        try {
            LocalDate revision = bar < 0 ? null : LocalDate.parse(rest.substring(bar + 1));
            return Optional.of(new Named(id, revision));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String stripSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * A guideline revision a questionnaire canonical names.
     *
     * @param guidelineId the guideline
     * @param revision the revision's effective date, or null when the canonical has no version
     */
    public record Named(String guidelineId, LocalDate revision) {}
}
