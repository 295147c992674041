package io.coverkit.server.crd;

import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Authorization;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.request.RequestError;
import io.coverkit.server.dtr.QuestionnaireUrls;
import io.coverkit.server.fhir.ClinicalMapper;
import io.coverkit.server.fhir.GuidelineIndex;
import io.coverkit.server.fhir.MemberLookup;
import io.coverkit.server.fhir.OrderReader;
import io.coverkit.server.fhir.Prefetch;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * Decides one in-scope order: finds its guidelines by code, its member and coverages, maps the
 * prefetch to a coverage request per coverage, decides under each guideline and reads the result
 * through {@link CrdOutcomeTable}.
 */
final class OrderDecider {

    /**
     * One guideline's decision for an order under a coverage.
     *
     * @param title the guideline's title
     * @param assertion the CRD reading of the decision
     * @param explanation the determination explained in words (empty when the request was refused)
     * @param answers the clinician's DTR answers applied, and why any were not
     */
    record Decided(String guidelineId, String title, Determination determination, CoverageAssertion assertion, boolean unknownAtOrderTime,
            String explanation, StatedAnswers.Applied answers) {}

    /**
     * The answer for an order under one coverage (or under none, with the reason).
     *
     * @param coverage the reference written into the extension
     * @param coverageLabel how cards name the coverage
     * @param decisions each guideline's decision (empty when no coverage could be decided under)
     */
    record ForCoverage(Reference coverage, String coverageLabel, String assertionId, CoverageAssertion assertion,
            List<Decided> decisions) {}

    /**
     * The answers for one order.
     *
     * @param guidelines the guidelines its codes select (empty: no assertion is made)
     */
    record Answer(HookRequest.Target target, List<String> guidelines, LocalDate dateOfService, List<ForCoverage> coverages) {}

    private final GuidelineIndex index;
    private final CrdSettings settings;
    private final ClinicalMapper clinical;

    OrderDecider(GuidelineIndex index, CrdSettings settings) {
        this.index = index;
        this.settings = settings;
        this.clinical = new ClinicalMapper(settings.mapping());
    }

    Answer decide(HookRequest request, HookRequest.Target target, LocalDate today) {
        OrderReader.Order order = target.order();
        List<String> guidelines = index.guidelines(order);
        LocalDate dos = target.dateOfService() != null ? target.dateOfService() : order.dateOfService() != null ? order.dateOfService() : today;
        if (guidelines.isEmpty()) {
            return new Answer(target, guidelines, dos, List.of());
        }
        MemberLookup member = MemberLookup.find(request.prefetch(), request.patientId(), dos, settings.mapping());
        if (member.problem() != null) {
            Reference ref = member.inactive() != null ? new Reference(MemberLookup.reference(member.inactive()))
                    : new Reference().setType("Coverage").setDisplay("no coverage found for the patient");
            String key = member.inactive() != null ? ref.getReference() : "no-coverage";
            CoverageAssertion a = new CoverageAssertion("not-covered", null, null, List.of(), List.of(),
                    List.of(new CoverageAssertion.Reason(member.problem().code(), member.problem().text())), List.of(), null);
            return new Answer(target, guidelines, dos, List.of(new ForCoverage(ref, key, assertionId(request.hookInstance(), key), a, List.of())));
        }
        List<ForCoverage> out = new ArrayList<>();
        for (MemberLookup.CoverageLine line : member.coverages()) {
            String id = assertionId(request.hookInstance(), line.reference());
            List<Decided> decided = new ArrayList<>();
            for (String guidelineId : guidelines) {
                decided.add(decide(request, order, guidelineId, dos, member, line, id));
            }
            CoverageAssertion combined = CrdOutcomeTable.combine(decided.stream().map(Decided::assertion).toList());
            out.add(new ForCoverage(new Reference(line.reference()), line.reference() + " (" + line.lineOfBusiness() + ")", id, combined, decided));
        }
        return new Answer(target, guidelines, dos, out);
    }

    private Decided decide(HookRequest request, OrderReader.Order order, String guidelineId, LocalDate dos, MemberLookup member,
            MemberLookup.CoverageLine line, String assertionId) {
        GuidelineLibrary library = index.library();
        Guideline g = library.evaluator(guidelineId).map(Evaluator::guideline).orElseThrow();
        CoverageRequestBuilder b = clinical.request(dos, line, member.patient(), List.of(order), g);
        clinical.history(request.prefetch(), b);
        // DTR answers: a completed response to this guideline's questionnaire states what no FHIR
        // resource carries (indications, facts, document dates); answers it cannot take leave the
        // request as the record states it.
        StatedAnswers.Applied answers = StatedAnswers.apply(request.responses(), request.patientId(), g, b.build());
        Decision decision = library.decide(guidelineId, answers.request());
        String title = g.title();
        if (decision instanceof Decision.Rejected rejected) {
            String why = rejected.errors().stream().map(RequestError::format).limit(3).collect(Collectors.joining("; "));
            CoverageAssertion a = new CoverageAssertion("conditional", "conditional", null, List.of(), List.of("OTH"),
                    List.of(new CoverageAssertion.Reason(null, "the order could not be decided under guideline " + guidelineId
                            + " from the record sent: " + why)), List.of(), null);
            return new Decided(guidelineId, title, null, a, false, "", answers);
        }
        Determination d = ((Decision.Decided) decision).determination();
        String questionnaire = d.revision() == null ? QuestionnaireUrls.url(settings.baseUrl(), guidelineId)
                : QuestionnaireUrls.canonical(settings.baseUrl(), guidelineId, d.revision());
        CrdOutcomeTable.Situation s = new CrdOutcomeTable.Situation(request.hook().primary(), answers.indicationsStated(),
                unqueried(request.prefetch()), g.authorization().required() != Authorization.Required.NOT_STATED, questionnaire,
                "coverkit-" + assertionId + "-" + guidelineId);
        return new Decided(guidelineId, title, d, CrdOutcomeTable.assertion(d, s), CrdOutcomeTable.unknownAtOrderTime(d, s),
                library.explain(d), answers);
    }

    /** The request fields whose resources the prefetch says nothing about (not queried: unknown). */
    static Set<String> unqueried(Prefetch p) {
        Set<String> out = new LinkedHashSet<>();
        if (p.state(Condition.class) == Prefetch.State.NOT_QUERIED) {
            out.add("diagnoses");
        }
        if (p.state(DocumentReference.class) == Prefetch.State.NOT_QUERIED) {
            out.add("documents");
        }
        if (p.state(Observation.class) == Prefetch.State.NOT_QUERIED) {
            out.add("observations");
        }
        if (p.state(Procedure.class) == Prefetch.State.NOT_QUERIED) {
            out.add("priorServices");
        }
        if (p.state(MedicationRequest.class) == Prefetch.State.NOT_QUERIED && p.state(MedicationStatement.class) == Prefetch.State.NOT_QUERIED) {
            out.add("therapies");
        }
        return out;
    }

    /**
     * The coverage-assertion-id: the same for every order about one Coverage in one hook call,
     * different across coverages and calls, and reproducible (a digest, not a random number).
     */
    static String assertionId(String hookInstance, String coverage) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((hookInstance + "|" + coverage).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
