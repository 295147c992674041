package io.coverkit.server.dtr;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.server.Reply;
import io.coverkit.server.dtr.Outcomes.Issue;
import io.coverkit.server.fhir.ClinicalMapper;
import io.coverkit.server.fhir.Fhir;
import io.coverkit.server.fhir.FhirMapping;
import io.coverkit.server.fhir.GuidelineIndex;
import io.coverkit.server.fhir.MemberLookup;
import io.coverkit.server.fhir.OrderReader;
import io.coverkit.server.fhir.Prefetch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST /fhir/Questionnaire/$questionnaire-package} (DTR 2.0.1): for the orders and coverage
 * given, and the questionnaire canonicals asked for, one {@code PackageBundle} per questionnaire
 * (a collection Bundle whose only entry is the generated Questionnaire: it uses no expressions, so
 * it needs no Library or ValueSet). Canonicals that name nothing coverkit serves, and orders no
 * guideline bills, are warnings in the {@code operationOutcome} parameter, as the operation says.
 */
final class PackageOperation {

    /** The profile of the output Parameters. */
    static final String OUTPUT_PROFILE = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-qpackage-output-parameters";
    static final String BUNDLE_PROFILE = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/DTR-QPackageBundle";

    private final Supplier<GuidelineLibrary> library;
    private final String baseUrl;
    private final Clock clock;
    private final FhirMapping mapping;
    private final OrderReader orderReader;
    private final ClinicalMapper clinical;

    PackageOperation(Supplier<GuidelineLibrary> library, String baseUrl, Clock clock, FhirMapping mapping) {
        this.library = library;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
        this.mapping = mapping;
        this.orderReader = new OrderReader(mapping);
        this.clinical = new ClinicalMapper(mapping);
    }

    /** The inputs, by parameter. */
    private static final class Inputs {
        final List<Coverage> coverages = new ArrayList<>();
        final List<Resource> orders = new ArrayList<>();
        final List<Resource> referenced = new ArrayList<>();
        final List<String> canonicals = new ArrayList<>();
        String context;
        final List<Issue> issues = new ArrayList<>();
    }

    Reply run(byte[] body) {
        Resource resource;
        try {
            resource = Fhir.parseStrict(body);
        } catch (Fhir.Unreadable e) {
            return Outcomes.badRequest("body", e.getMessage());
        }
        if (!(resource instanceof Parameters p)) {
            return Outcomes.badRequest(resource.fhirType(), "send a Parameters resource (dtr-qpackage-input-parameters), not a "
                    + resource.fhirType());
        }
        Inputs in = read(p);
        if (in.coverages.isEmpty()) {
            in.issues.add(new Issue(where("coverage"), "is required: the Coverage of the member (1 or more)"));
        }
        if (in.orders.isEmpty() && in.canonicals.isEmpty() && in.context == null) {
            in.issues.add(new Issue("Parameters.parameter", "send at least one order, questionnaire or context (dtr-1)"));
        }
        if (!in.issues.isEmpty()) {
            return Outcomes.badRequest(in.issues);
        }
        return Reply.fhir(200, Fhir.encode(packages(in)));
    }

    private static String where(String name) {
        return "Parameters.parameter.where(name='" + name + "')";
    }

    private Resource packages(Inputs in) {
        GuidelineLibrary lib = library.get();
        LocalDate today = LocalDate.now(clock);
        CoverageRequest known = known(in, today);
        List<Issue> warnings = new ArrayList<>();
        // Each guideline revision once, with the date it was asked for (the first order's, or today).
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        GuidelineIndex index = new GuidelineIndex(lib);
        for (Resource order : in.orders) {
            Optional<OrderReader.Order> read = orderReader.read(order).order();
            LocalDate date = read.map(OrderReader.Order::dateOfService).orElse(null);
            if (date == null) {
                date = today;
            }
            List<Guideline> found = new ArrayList<>();
            for (String id : read.map(index::guidelines).orElse(List.of())) {
                lib.evaluator(id).map(Evaluator::guideline).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                warnings.add(new Issue(where("order"), "no guideline lists the codes of " + order.fhirType()
                        + (order.hasIdElement() && order.getIdElement().getIdPart() != null ? "/" + order.getIdElement().getIdPart() : "")
                        + "; no documentation is asked for it"));
            }
            for (Guideline g : found) {
                add(wanted, g, date, warnings, where("order"));
            }
        }
        for (String canonical : in.canonicals) {
            canonical(lib, canonical, today, wanted, warnings);
        }
        if (in.context != null && in.orders.isEmpty() && in.canonicals.isEmpty()) {
            warnings.add(new Issue(where("context"), "coverkit keeps no CRD context; send the orders or questionnaire canonicals"));
        }
        QuestionnaireGenerator generator = new QuestionnaireGenerator(baseUrl);
        Parameters out = new Parameters();
        out.getMeta().addProfile(OUTPUT_PROFILE);
        for (Wanted w : wanted.values()) {
            Questionnaire q = generator.generate(w.guideline(), w.revision().effective(), sameDate(known, w.date()));
            out.addParameter().setName("PackageBundle").setResource(bundle(q));
        }
        if (!warnings.isEmpty()) {
            OperationOutcome outcome = Outcomes.outcome(warnings, OperationOutcome.IssueSeverity.WARNING,
                    OperationOutcome.IssueType.NOTFOUND);
            if (wanted.isEmpty()) {
                return outcome;
            }
            out.addParameter().setName("operationOutcome").setResource(outcome);
        }
        if (wanted.isEmpty()) {
            return Outcomes.outcome(List.of(new Issue(null, "no questionnaire applies to what was sent")),
                    OperationOutcome.IssueSeverity.INFORMATION, OperationOutcome.IssueType.NOTFOUND);
        }
        return out;
    }

    private record Wanted(Guideline guideline, Revision revision, LocalDate date) {}

    private static void add(Map<String, Wanted> wanted, Guideline g, LocalDate date, List<Issue> warnings, String where) {
        Optional<Revision> revision = g.revisionOn(date);
        if (revision.isEmpty()) {
            warnings.add(new Issue(where, "guideline " + g.id() + " has no revision in force on " + date + " (it begins "
                    + g.originalEffectiveDate() + ")"));
            return;
        }
        wanted.putIfAbsent(g.id() + "|" + revision.get().effective(), new Wanted(g, revision.get(), date));
    }

    private static void canonical(GuidelineLibrary lib, String canonical, LocalDate today, Map<String, Wanted> wanted,
            List<Issue> warnings) {
        String where = where("questionnaire");
        Optional<QuestionnaireUrls.Named> named = QuestionnaireUrls.parse(canonical);
        Optional<Evaluator> evaluator = named.flatMap(n -> lib.evaluator(n.guidelineId()));
        if (evaluator.isEmpty()) {
            warnings.add(new Issue(where, "`" + canonical + "` is no questionnaire this server serves"));
            return;
        }
        Guideline g = evaluator.get().guideline();
        LocalDate version = named.get().revision();
        if (version == null) {
            add(wanted, g, today, warnings, where);
            return;
        }
        Optional<Revision> exact = g.revisions().stream().filter(r -> r.effective().equals(version)).findFirst();
        if (exact.isEmpty()) {
            warnings.add(new Issue(where, "`" + canonical + "`: " + g.id() + " has no revision effective " + version));
            return;
        }
        wanted.putIfAbsent(g.id() + "|" + version, new Wanted(g, exact.get(), version));
    }

    // What the Coverage, orders and referenced Patient and Conditions already say, so the form leaves it out.
    private CoverageRequest known(Inputs in, LocalDate today) {
        Patient patient = null;
        Prefetch referenced = new Prefetch();
        for (Resource r : in.referenced) {
            if (r instanceof Patient p && patient == null) {
                patient = p;
            } else if (r instanceof Condition c) {
                referenced.add("condition", c);
            }
        }
        List<OrderReader.Order> orders = new ArrayList<>();
        for (Resource order : in.orders) {
            orderReader.read(order).order().ifPresent(orders::add);
        }
        CoverageRequestBuilder b = clinical.request(today, MemberLookup.line(in.coverages.get(0), mapping), patient, orders, null);
        clinical.history(referenced, b);
        return b.build();
    }

    private static CoverageRequest sameDate(CoverageRequest known, LocalDate date) {
        return new CoverageRequest(known.guideline(), date, known.member(), known.procedures(), known.diagnoses(), known.indications(),
                known.documents(), known.extensions());
    }

    private Bundle bundle(Questionnaire q) {
        Bundle bundle = new Bundle();
        bundle.setId(q.getIdElement().getIdPart());
        bundle.getMeta().addProfile(BUNDLE_PROFILE);
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setFullUrl(baseUrl + "/fhir/Questionnaire/" + q.getIdElement().getIdPart()).setResource(q);
        return bundle;
    }

    private static Inputs read(Parameters p) {
        Inputs in = new Inputs();
        for (ParametersParameterComponent param : p.getParameter()) {
            String name = param.getName() == null ? "" : param.getName();
            String where = where(name);
            switch (name) {
                case "coverage" -> {
                    if (param.getResource() instanceof Coverage c) {
                        in.coverages.add(c);
                    } else {
                        in.issues.add(new Issue(where, "takes a Coverage resource"));
                    }
                }
                case "order" -> {
                    if (param.getResource() == null) {
                        in.issues.add(new Issue(where, "takes an order resource (ServiceRequest, DeviceRequest, MedicationRequest...)"));
                    } else {
                        in.orders.add(param.getResource());
                    }
                }
                case "referenced" -> {
                    if (param.getResource() == null) {
                        in.issues.add(new Issue(where, "takes a resource"));
                    } else {
                        in.referenced.add(param.getResource());
                    }
                }
                case "questionnaire" -> {
                    if (param.getValue() instanceof PrimitiveType<?> v && v.getValueAsString() != null && !v.getValueAsString().isBlank()) {
                        in.canonicals.add(v.getValueAsString().strip());
                    } else {
                        in.issues.add(new Issue(where, "takes a valueCanonical"));
                    }
                }
                case "context" -> {
                    if (param.getValue() instanceof StringType s && s.getValue() != null) {
                        in.context = s.getValue();
                    } else {
                        in.issues.add(new Issue(where, "takes a valueString"));
                    }
                }
                case "changedsince" -> {
                    // Questionnaires are generated from the library on each call; each is answered in full.
                    if (!(param.getValue() instanceof InstantType) && !(param.getValue() instanceof org.hl7.fhir.r4.model.DateTimeType)) {
                        in.issues.add(new Issue(where, "takes a valueInstant"));
                    }
                }
                default -> in.issues.add(new Issue(where, "`" + name + "` is no parameter of $questionnaire-package; expected"
                        + " coverage, order, referenced, questionnaire, context or changedsince"));
            }
        }
        return in;
    }
}
