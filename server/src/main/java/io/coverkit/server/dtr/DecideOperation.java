package io.coverkit.server.dtr;

import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.request.RequestError;
import io.coverkit.server.Reply;
import io.coverkit.server.dtr.Outcomes.Issue;
import io.coverkit.server.fhir.ClinicalMapper;
import io.coverkit.server.fhir.Fhir;
import io.coverkit.server.fhir.FhirMapping;
import io.coverkit.server.fhir.MemberLookup;
import io.coverkit.server.fhir.OrderReader;
import io.coverkit.server.fhir.Prefetch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/**
 * {@code POST /fhir/QuestionnaireResponse/$coverkit-decide}: a completed QuestionnaireResponse,
 * with the resources that say who, what and when, becomes a coverage request that the library
 * decides; the reply is the determination in coverkit's wire JSON.
 *
 * <p>The body is a Parameters resource with {@code response} (the QuestionnaireResponse, 1),
 * {@code coverage} (Coverage, 1: the line of business), {@code order} (ServiceRequest,
 * DeviceRequest, MedicationRequest: 0..*, the codes and the date of service), {@code patient}
 * (Patient, 0..1: birth date and sex), {@code condition} (Condition, 0..*: ICD-10-CM diagnoses) and
 * {@code dateOfService} (date, 0..1; else the first order's occurrence). A bare
 * QuestionnaireResponse is read the same way from its {@code contained} resources.
 */
final class DecideOperation {

    private static final String RESPONSE = "response";
    private static final String COVERAGE = "coverage";
    private static final String ORDER = "order";
    private static final String PATIENT = "patient";
    private static final String CONDITION = "condition";
    private static final String DATE_OF_SERVICE = "dateOfService";

    private final Supplier<GuidelineLibrary> library;
    private final FhirMapping mapping;
    private final OrderReader orderReader;
    private final ClinicalMapper clinical;

    DecideOperation(Supplier<GuidelineLibrary> library, FhirMapping mapping) {
        this.library = library;
        this.mapping = mapping;
        this.orderReader = new OrderReader(mapping);
        this.clinical = new ClinicalMapper(mapping);
    }

    /** What the body sends, sorted by role. */
    private static final class Inputs {
        QuestionnaireResponse response;
        Coverage coverage;
        Patient patient;
        LocalDate dateOfService;
        final List<OrderReader.Order> orders = new ArrayList<>();
        final List<Condition> conditions = new ArrayList<>();
        final List<Issue> issues = new ArrayList<>();
        boolean parameters;

        String where(String name) {
            return parameters ? "Parameters.parameter.where(name='" + name + "')" : "QuestionnaireResponse.contained";
        }
    }

    Reply decide(byte[] body) {
        Resource resource;
        try {
            resource = Fhir.parseStrict(body);
        } catch (Fhir.Unreadable e) {
            return Outcomes.badRequest("body", e.getMessage());
        }
        Inputs in = new Inputs();
        if (resource instanceof Parameters p) {
            in.parameters = true;
            read(p, in);
        } else if (resource instanceof QuestionnaireResponse qr) {
            in.response = qr;
            for (Resource contained : qr.getContained()) {
                take(contained, in, in.where(contained.fhirType()));
            }
        } else {
            return Outcomes.badRequest(resource.fhirType(), "send a Parameters resource (response, coverage, order, patient,"
                    + " condition, dateOfService) or a QuestionnaireResponse, not a " + resource.fhirType());
        }
        if (in.response == null) {
            in.issues.add(new Issue(in.where(RESPONSE), "is required: the completed QuestionnaireResponse"));
        }
        if (in.coverage == null) {
            in.issues.add(new Issue(in.where(COVERAGE), "is required: the member's Coverage (its plan class gives the line of business)"));
        }
        if (in.dateOfService == null) {
            in.dateOfService = in.orders.stream().map(OrderReader.Order::dateOfService).filter(d -> d != null).findFirst().orElse(null);
            if (in.dateOfService == null) {
                in.issues.add(new Issue(in.where(DATE_OF_SERVICE), "is required: send a dateOfService parameter or an order"
                        + " with an occurrence (or authoredOn) date"));
            }
        }
        if (!in.issues.isEmpty()) {
            return Outcomes.badRequest(in.issues);
        }
        return decide(in);
    }

    private Reply decide(Inputs in) {
        QuestionnaireResponse qr = in.response;
        String status = qr.hasStatus() ? qr.getStatus().toCode() : "";
        if (!"completed".equals(status) && !"amended".equals(status)) {
            return Outcomes.badRequest("QuestionnaireResponse.status", "a decision needs a completed response (status completed"
                    + " or amended), got `" + status + "`");
        }
        Optional<QuestionnaireUrls.Named> named = QuestionnaireUrls.parse(qr.getQuestionnaire());
        if (named.isEmpty()) {
            return Outcomes.badRequest("QuestionnaireResponse.questionnaire", "`" + qr.getQuestionnaire()
                    + "` is not a coverkit questionnaire canonical (BASE/fhir/Questionnaire/GUIDELINE|REVISION)");
        }
        GuidelineLibrary lib = library.get();
        String id = named.get().guidelineId();
        Optional<Evaluator> evaluator = lib.evaluator(id);
        if (evaluator.isEmpty()) {
            return Outcomes.badRequest("QuestionnaireResponse.questionnaire", "no guideline `" + id + "` is loaded; loaded: "
                    + String.join(", ", lib.guidelineIds()));
        }
        Guideline guideline = evaluator.get().guideline();
        CoverageRequest base = base(guideline, in);
        QuestionnaireAnswers.Result answered = QuestionnaireAnswers.read(qr, base, guideline);
        if (!answered.errors().isEmpty()) {
            return Outcomes.badRequest(answered.errors().stream().map(e -> new Issue(e.where(), e.toString())).toList());
        }
        Decision decision = lib.decide(id, answered.request().orElseThrow());
        if (decision instanceof Decision.Decided decided) {
            return Reply.json(200, new DeterminationWriter().write(decided.determination()));
        }
        List<Issue> issues = new ArrayList<>();
        for (RequestError e : ((Decision.Rejected) decision).errors()) {
            issues.add(new Issue(null, "the request built from the response and resources: `" + e.field() + "` " + e.message()));
        }
        return Outcomes.badRequest(issues);
    }

    // The request the resources state, mapped as the CRD service maps a hook's prefetch.
    private CoverageRequest base(Guideline guideline, Inputs in) {
        CoverageRequestBuilder b = clinical.request(in.dateOfService, MemberLookup.line(in.coverage, mapping), in.patient, in.orders,
                guideline);
        Prefetch sent = new Prefetch();
        in.conditions.forEach(c -> sent.add("condition", c));
        clinical.history(sent, b);
        return b.build();
    }

    private void read(Parameters p, Inputs in) {
        for (ParametersParameterComponent param : p.getParameter()) {
            String name = param.getName() == null ? "" : param.getName();
            String where = in.where(name);
            if (DATE_OF_SERVICE.equals(name)) {
                if (!(param.getValue() instanceof DateType d) || d.getValueAsString() == null || d.getValueAsString().length() != 10) {
                    in.issues.add(new Issue(where, "takes a valueDate (yyyy-MM-dd)"));
                } else if (in.dateOfService != null) {
                    in.issues.add(new Issue(where, "is given more than once"));
                } else {
                    in.dateOfService = LocalDate.parse(d.getValueAsString());
                }
                continue;
            }
            if (!List.of(RESPONSE, COVERAGE, ORDER, PATIENT, CONDITION).contains(name)) {
                in.issues.add(new Issue(where, "`" + name + "` is no parameter of $coverkit-decide; expected response, coverage,"
                        + " order, patient, condition or dateOfService"));
                continue;
            }
            Resource r = param.getResource();
            if (r == null) {
                in.issues.add(new Issue(where, "takes a resource"));
                continue;
            }
            String expected = switch (name) {
                case RESPONSE -> "QuestionnaireResponse";
                case COVERAGE -> "Coverage";
                case PATIENT -> "Patient";
                case CONDITION -> "Condition";
                default -> null;
            };
            if (expected != null && !expected.equals(r.fhirType())) {
                in.issues.add(new Issue(where, "takes a " + expected + ", got a " + r.fhirType()));
            } else if (ORDER.equals(name) && !isOrder(r)) {
                in.issues.add(new Issue(where, "takes a ServiceRequest, DeviceRequest or MedicationRequest, got a " + r.fhirType()));
            } else if (!take(r, in, where)) {
                in.issues.add(new Issue(where, "is given more than once"));
            }
        }
    }

    private static boolean isOrder(Resource r) {
        String type = r.fhirType().toLowerCase(Locale.ROOT);
        return type.equals("servicerequest") || type.equals("devicerequest") || type.equals("medicationrequest");
    }

    // Files a resource under its role; false when a single one is given twice.
    private boolean take(Resource r, Inputs in, String where) {
        if (r instanceof QuestionnaireResponse qr) {
            if (in.response != null) {
                return false;
            }
            in.response = qr;
        } else if (r instanceof Coverage c) {
            if (in.coverage != null) {
                return false;
            }
            in.coverage = c;
        } else if (r instanceof Patient pt) {
            if (in.patient != null) {
                return false;
            }
            in.patient = pt;
        } else if (r instanceof Condition c) {
            in.conditions.add(c);
        } else if (isOrder(r)) {
            OrderReader.Result read = orderReader.read(r);
            if (read.missing() != null) {
                in.issues.add(new Issue(where, "the " + r.fhirType() + "'s `" + read.missing() + "` is required: it says what is ordered"));
            }
            read.order().ifPresent(in.orders::add);
        }
        return true;
    }
}
