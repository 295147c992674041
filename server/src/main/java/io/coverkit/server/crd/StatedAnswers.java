package io.coverkit.server.crd;

import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.server.dtr.QuestionnaireAnswers;
import io.coverkit.server.dtr.QuestionnaireUrls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;

/**
 * The clinician's DTR answers a hook request carries for one guideline: the completed
 * QuestionnaireResponse whose {@code questionnaire} canonical names the guideline's form, applied
 * to the request built from the record with {@link QuestionnaireAnswers}. Its answers then count as
 * stated (an indication it does not pick is absent, not unknown).
 *
 * <p>A response whose answers the form cannot take does not fail the hook: the order is decided as
 * if nothing had been answered, and the problems (each naming its linkId) go into a card.
 */
final class StatedAnswers {

    /**
     * The request to decide and what the answers say.
     *
     * @param request the record's request, with the answers applied when they could be
     * @param indicationsStated the answers state which indications apply (their absence is known)
     * @param used the response applied (null when none was)
     * @param problems why a response for this guideline was not applied, in words naming the linkId
     */
    record Applied(CoverageRequest request, boolean indicationsStated, QuestionnaireResponse used, List<String> problems) {
        Applied {
            problems = List.copyOf(problems);
        }
    }

    private StatedAnswers() {}

    /**
     * Applies the most recently authored completed response to {@code guideline}'s questionnaire.
     *
     * @param responses the QuestionnaireResponses of the prefetch and context
     * @param patientId the hook's patient; a response about another subject is not used
     */
    static Applied apply(List<QuestionnaireResponse> responses, String patientId, Guideline guideline, CoverageRequest base) {
        List<String> problems = new ArrayList<>();
        List<QuestionnaireResponse> mine = new ArrayList<>();
        for (QuestionnaireResponse qr : responses) {
            Optional<QuestionnaireUrls.Named> named = QuestionnaireUrls.parse(qr.getQuestionnaire());
            if (named.isEmpty() || !named.get().guidelineId().equals(guideline.id())) {
                continue;
            }
            String subject = qr.getSubject().getReference();
            if (subject != null && !subject.equals("Patient/" + patientId) && !subject.endsWith("/Patient/" + patientId)) {
                problems.add(name(qr) + " is about `" + subject + "`, not the hook's patient `Patient/" + patientId + "`: not used");
                continue;
            }
            QuestionnaireResponseStatus status = qr.getStatus();
            if (status != QuestionnaireResponseStatus.COMPLETED && status != QuestionnaireResponseStatus.AMENDED) {
                problems.add(name(qr) + " has status `" + (status == null ? "" : status.toCode())
                        + "`; only a completed (or amended) response is used");
                continue;
            }
            mine.add(qr);
        }
        if (mine.isEmpty()) {
            return new Applied(base, false, null, problems);
        }
        // The latest answers win; a response without an authored time counts as older than one with.
        QuestionnaireResponse latest = mine.stream()
                .max(Comparator.comparing((QuestionnaireResponse qr) -> qr.hasAuthored() ? qr.getAuthored().getTime() : Long.MIN_VALUE))
                .orElseThrow();
        QuestionnaireAnswers.Result result = QuestionnaireAnswers.read(latest, base, guideline);
        if (!result.errors().isEmpty()) {
            for (QuestionnaireAnswers.AnswerError e : result.errors()) {
                problems.add(name(latest) + ", " + e);
            }
            return new Applied(base, false, null, problems);
        }
        return new Applied(result.request().orElseThrow(), result.indicationsStated(), latest, problems);
    }

    /** How cards name a response: its id when it has one, else its questionnaire. */
    static String name(QuestionnaireResponse qr) {
        String id = qr.getIdElement().getIdPart();
        return id != null ? "QuestionnaireResponse/" + id : "the QuestionnaireResponse for `" + qr.getQuestionnaire() + "`";
    }
}
