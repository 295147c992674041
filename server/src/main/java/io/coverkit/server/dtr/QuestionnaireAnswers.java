package io.coverkit.server.dtr;

import io.coverkit.model.Guideline;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.Revision;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Document;
import io.coverkit.request.Event;
import io.coverkit.request.Member;
import io.coverkit.request.Observation;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import io.coverkit.server.dtr.FormItem.Gate;
import io.coverkit.server.dtr.FormItem.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Applies a completed QuestionnaireResponse to a coverage request: each answer, found by its
 * {@code linkId} in the form coverkit generated for the revision the response's
 * {@code questionnaire} canonical names, becomes the request field that item asks about
 * (indications, facts, the member's birth date and sex, observations, events, an earlier service,
 * diagnoses, documents with their dates). The form is rebuilt from the guideline, so the reading of
 * an answer is always the one the form was generated with.
 *
 * <p>Answers the form cannot take are errors naming the linkId: an unknown linkId, an answer of
 * the wrong type or outside the options, several answers to a single-answer item, an answer to an
 * item its {@code enableWhen} leaves disabled, and a required item left unanswered. Unanswered
 * optional items leave their facts unknown, never false.
 *
 * <p>Used by {@code $coverkit-decide} and by the CRD service (helper crd), which call
 * {@link #apply} or {@link #read}.
 */
public final class QuestionnaireAnswers {

    private QuestionnaireAnswers() {}

    /**
     * An answer the form cannot take.
     *
     * @param linkId the item at fault, or null when the fault is the response's own (its {@code questionnaire})
     * @param message what is wrong, in plain words
     */
    public record AnswerError(String linkId, String message) {
        /** Where the fault is, as a FHIRPath-like location in the response. */
        public String where() {
            return linkId == null ? "QuestionnaireResponse.questionnaire" : "QuestionnaireResponse.item.where(linkId='" + linkId + "')";
        }

        @Override
        public String toString() {
            return (linkId == null ? "questionnaire" : "item `" + linkId + "`") + ": " + message;
        }
    }

    /** Thrown by {@link #apply} when answers cannot be taken; every error names its linkId. */
    public static final class AnswerException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<AnswerError> errors;

        AnswerException(List<AnswerError> errors) {
            super(String.join("; ", errors.stream().map(AnswerError::toString).toList()));
            this.errors = List.copyOf(errors);
        }

        /** The errors, in the order found. */
        public List<AnswerError> errors() {
            return errors;
        }
    }

    /**
     * The request with the response's answers applied, or the errors that stop it.
     *
     * @param request present when there are no errors
     * @param errors empty when the answers were applied
     * @param indicationsStated every indication question the answers enable is answered, so an
     *     indication the request does not list is stated absent rather than unknown
     */
    public record Result(Optional<CoverageRequest> request, List<AnswerError> errors, boolean indicationsStated) {
        public Result {
            errors = List.copyOf(errors);
        }

        /** A result whose answers could not be taken. */
        static Result failed(List<AnswerError> errors) {
            return new Result(Optional.empty(), errors, false);
        }
    }

    /**
     * {@code base} with the answers of {@code response} applied; what the response answers replaces
     * what {@code base} says on the same field (a fact, the birth date), and adds to lists.
     *
     * @param base the request as the order, coverage and patient state it
     * @param guideline the guideline whose questionnaire the response answers
     * @throws AnswerException naming each linkId whose answer cannot be taken
     */
    public static CoverageRequest apply(QuestionnaireResponse response, CoverageRequest base, Guideline guideline) {
        Result result = read(response, base, guideline);
        if (!result.errors().isEmpty()) {
            throw new AnswerException(result.errors());
        }
        return result.request().orElseThrow();
    }

    /** As {@link #apply}, with the errors returned rather than thrown. */
    public static Result read(QuestionnaireResponse response, CoverageRequest base, Guideline guideline) {
        List<AnswerError> errors = new ArrayList<>();
        Optional<Revision> revision = revision(response, base, guideline, errors);
        if (revision.isEmpty()) {
            return Result.failed(errors);
        }
        FormPlan plan = FormPlanner.plan(guideline, revision.get().effective(), null);
        Map<String, FormItem> items = plan.byLinkId();
        Map<String, List<Type>> answers = new LinkedHashMap<>();
        collect(response.getItem(), items, answers, errors);
        for (Map.Entry<String, List<Type>> e : answers.entrySet()) {
            AnswerTypes.check(items.get(e.getKey()), e.getValue(), errors);
        }
        if (!errors.isEmpty()) {
            return Result.failed(errors);
        }
        Enablement enablement = new Enablement(items, plan.parents(), answers, base, guideline);
        for (FormItem item : items.values()) {
            boolean answered = answers.containsKey(item.linkId());
            boolean enabled = enablement.enabled(item.linkId());
            if (answered && !enabled) {
                errors.add(new AnswerError(item.linkId(), "is answered but not enabled by the other answers ("
                        + enablement.describe(item.linkId()) + "); remove its answer or change the answers it depends on"));
            } else if (!answered && enabled && item.required()) {
                errors.add(new AnswerError(item.linkId(), "is required and not answered"));
            }
        }
        if (!errors.isEmpty()) {
            return Result.failed(errors);
        }
        boolean indicationsStated = items.values().stream()
                .filter(i -> i.kind() == Kind.INDICATION || i.kind() == Kind.INDICATION_CHOICE)
                .filter(i -> enablement.enabled(i.linkId()))
                .allMatch(i -> answers.containsKey(i.linkId()));
        return new Result(Optional.of(applied(base, guideline, revision.get(), items, answers)), List.of(), indicationsStated);
    }

    // The revision the response answers: its canonical's version, else the one in force on the date of service.
    private static Optional<Revision> revision(QuestionnaireResponse response, CoverageRequest base, Guideline guideline,
            List<AnswerError> errors) {
        String canonical = response.getQuestionnaire();
        Optional<QuestionnaireUrls.Named> named = QuestionnaireUrls.parse(canonical);
        if (named.isEmpty() || !named.get().guidelineId().equals(guideline.id())) {
            errors.add(new AnswerError(null, canonical == null || canonical.isBlank() ? "is required: the canonical of the"
                    + " questionnaire the response answers, such as " + QuestionnaireUrls.canonical("BASE", guideline.id(),
                            guideline.revisions().get(guideline.revisions().size() - 1).effective())
                    : "`" + canonical + "` is not the questionnaire of guideline " + guideline.id()));
            return Optional.empty();
        }
        LocalDate version = named.get().revision();
        if (version == null) {
            Optional<Revision> inForce = guideline.revisionOn(base.dateOfService());
            if (inForce.isEmpty()) {
                errors.add(new AnswerError(null, "`" + canonical + "` names no version and no revision of " + guideline.id()
                        + " is in force on the date of service " + base.dateOfService()));
            }
            return inForce;
        }
        Optional<Revision> exact = guideline.revisions().stream().filter(r -> r.effective().equals(version)).findFirst();
        if (exact.isEmpty()) {
            errors.add(new AnswerError(null, "version " + version + " of `" + canonical + "` is no revision of " + guideline.id()
                    + "; revisions are effective on " + String.join(", ", guideline.revisions().stream()
                            .map(r -> r.effective().toString()).toList())));
        }
        return exact;
    }

    private static void collect(List<QuestionnaireResponseItemComponent> qrItems, Map<String, FormItem> items,
            Map<String, List<Type>> answers, List<AnswerError> errors) {
        for (QuestionnaireResponseItemComponent qr : qrItems) {
            String linkId = qr.getLinkId();
            FormItem item = linkId == null ? null : items.get(linkId);
            if (item == null) {
                errors.add(new AnswerError(linkId == null ? "" : linkId, "is no item of the questionnaire"));
                continue;
            }
            List<Type> values = new ArrayList<>();
            for (QuestionnaireResponseItemAnswerComponent a : qr.getAnswer()) {
                if (a.hasValue()) {
                    values.add(a.getValue());
                }
                collect(a.getItem(), items, answers, errors);
            }
            if (!values.isEmpty()) {
                if (!item.isQuestion()) {
                    errors.add(new AnswerError(linkId, "is a " + item.kind().fhirType() + " item and takes no answer"));
                } else if (answers.putIfAbsent(linkId, values) != null) {
                    errors.add(new AnswerError(linkId, "appears more than once in the response"));
                }
            }
            collect(qr.getItem(), items, answers, errors);
        }
    }

    private static CoverageRequest applied(CoverageRequest base, Guideline guideline, Revision revision, Map<String, FormItem> items,
            Map<String, List<Type>> answers) {
        Set<String> indications = new LinkedHashSet<>(base.indications());
        Map<String, Boolean> facts = new LinkedHashMap<>(base.facts());
        List<Observation> observations = new ArrayList<>(base.observations());
        List<Event> events = new ArrayList<>(base.events());
        List<PriorService> priorServices = new ArrayList<>(base.priorServices());
        List<Diagnosis> diagnoses = new ArrayList<>(base.diagnoses());
        List<Document> documents = new ArrayList<>(base.documents());
        LocalDate birthDate = base.member().birthDate();
        String sex = base.member().sex();
        for (Map.Entry<String, List<Type>> e : answers.entrySet()) {
            FormItem item = items.get(e.getKey());
            List<Type> values = e.getValue();
            Type first = values.get(0);
            switch (item.kind()) {
                case INDICATION -> {
                    if (AnswerTypes.bool(first)) {
                        indications.add(item.key());
                    } else {
                        indications.remove(item.key());
                    }
                }
                case INDICATION_CHOICE -> {
                    for (Type v : values) {
                        String code = AnswerTypes.code(v);
                        if (!FormItem.NONE_OF_THESE.equals(code)) {
                            indications.add(code);
                        }
                    }
                }
                case FACT -> facts.put(item.key(), AnswerTypes.bool(first));
                case BIRTH_DATE -> birthDate = AnswerTypes.date(first);
                case SEX -> sex = "female".equals(AnswerTypes.code(first)) ? "F" : "M";
                case OBSERVATION -> {
                    String[] codeAndMethod = item.key().split("#", 2);
                    observations.add(new Observation(codeAndMethod[0], AnswerTypes.decimal(first),
                            AnswerTypes.unit(first, item.unit()), null, codeAndMethod.length > 1 ? codeAndMethod[1] : ""));
                }
                case EVENT_DATE -> {
                    for (Type v : values) {
                        events.add(new Event(item.key(), AnswerTypes.date(v)));
                    }
                }
                case EARLIER_SERVICE_DATE -> {
                    ProcedureCode code = serviceCode(base, guideline, revision);
                    priorServices.add(new PriorService(code.system(), code.code(), AnswerTypes.date(first)));
                }
                case DIAGNOSIS -> {
                    Diagnosis d = new Diagnosis("ICD-10-CM", AnswerTypes.text(first).strip());
                    if (!diagnoses.contains(d)) {
                        diagnoses.add(d);
                    }
                }
                case DOCUMENT_DATE -> documents.add(new Document(item.key(), AnswerTypes.date(first)));
                case EARLIER_SERVICE, GROUP, DISPLAY -> {
                    // EARLIER_SERVICE only enables the date: a "no" is the absence of a prior service.
                }
            }
        }
        Member member = new Member(base.member().lineOfBusiness(), birthDate, sex, base.member().plan());
        return new CoverageRequest(base.guideline(), base.dateOfService(), member, base.procedures(), diagnoses,
                List.copyOf(indications), documents, base.extensions(), facts, observations, events, priorServices,
                base.therapies(), base.orders(), base.priorAuthorization(), base.placeOfService(), base.authorizations(),
                base.studies(), base.complete());
    }

    // The code an earlier service is recorded with: the requested one when it is the guideline's, else its first in force.
    private static ProcedureCode serviceCode(CoverageRequest base, Guideline guideline, Revision revision) {
        List<ProcedureCode> inForce = guideline.billing().codes().stream()
                .filter(c -> c.validity().inForceOn(revision.effective())).toList();
        for (Procedure p : base.procedures()) {
            for (ProcedureCode c : guideline.billing().codes()) {
                if (c.code().equals(p.code()) && c.system().equals(p.system()) && c.validity().inForceOn(base.dateOfService())) {
                    return c;
                }
            }
        }
        return inForce.isEmpty() ? guideline.billing().codes().get(0) : inForce.get(0);
    }

    /** Which items the answers enable, following {@code enableWhen} and the enclosing groups. */
    private static final class Enablement {
        private final Map<String, FormItem> items;
        private final Map<String, String> parents;
        private final Map<String, List<Type>> answers;
        private final CoverageRequest base;
        private final Guideline guideline;
        private final Map<String, Boolean> memo = new LinkedHashMap<>();

        Enablement(Map<String, FormItem> items, Map<String, String> parents, Map<String, List<Type>> answers, CoverageRequest base,
                Guideline guideline) {
            this.items = items;
            this.parents = parents;
            this.answers = answers;
            this.base = base;
            this.guideline = guideline;
        }

        boolean enabled(String linkId) {
            Boolean done = memo.get(linkId);
            if (done != null) {
                return done;
            }
            String parent = parents.get(linkId);
            boolean enabled = (parent == null || enabled(parent)) && items.get(linkId).gates().stream().allMatch(this::holds);
            memo.put(linkId, enabled);
            return enabled;
        }

        private boolean holds(Gate gate) {
            List<Type> given = answers.get(gate.linkId());
            if (given != null) {
                if (!enabled(gate.linkId())) {
                    return false;
                }
                return gate.exists() || given.stream().anyMatch(v -> AnswerTypes.isBool(v) && AnswerTypes.bool(v) == gate.value());
            }
            // Not answered: the order may state it (the form left such items out when it was generated with what the order knew).
            Boolean stated = stated(items.get(gate.linkId()));
            return stated != null && (gate.exists() || stated == gate.value());
        }

        private Boolean stated(FormItem item) {
            if (item == null) {
                return null;
            }
            return switch (item.kind()) {
                case FACT -> base.facts().get(item.key());
                case INDICATION -> base.indications().contains(item.key()) ? Boolean.TRUE : null;
                case DIAGNOSIS -> base.diagnoses().isEmpty() ? null : Boolean.TRUE;
                case EARLIER_SERVICE -> base.priorServices().stream().anyMatch(p -> p.date() != null
                        && p.date().isBefore(base.dateOfService())
                        && guideline.billing().codes().stream().anyMatch(c -> c.code().equals(p.code()))) ? Boolean.TRUE : null;
                default -> null;
            };
        }

        String describe(String linkId) {
            List<String> conditions = new ArrayList<>();
            for (String at = linkId; at != null; at = parents.get(at)) {
                for (Gate g : items.get(at).gates()) {
                    conditions.add(g.exists() ? "`" + g.linkId() + "` answered" : "`" + g.linkId() + "` = " + g.value());
                }
            }
            return "it is asked only when " + String.join(" and ", conditions);
        }
    }
}
