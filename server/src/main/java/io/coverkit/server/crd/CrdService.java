package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.CdsServices;
import io.coverkit.server.Reply;
import io.coverkit.server.fhir.Fhir;
import io.coverkit.server.fhir.GuidelineIndex;
import io.coverkit.server.fhir.MemberLookup;
import io.coverkit.server.fhir.OrderReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coverkit's Da Vinci CRD service: discovery and the five hooks. Each in-scope order (one billing
 * a guideline's CPT/HCPCS code or listing one of its drugs) gets one {@code update} system action:
 * the client's order, unchanged but for the coverage-information extension (one per coverage).
 * Cards explain each decision and link to the guideline's clauses. Malformed requests are 400
 * replies naming the JSON field; nothing is fetched from the client (prefetch only).
 */
public final class CrdService implements CdsServices {

    private static final Logger LOG = LoggerFactory.getLogger(CrdService.class);

    private final Supplier<GuidelineLibrary> library;
    private final CrdSettings settings;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final OrderReader orders;
    private final String discovery;
    private volatile GuidelineIndex index;
    private final GuidelineAnchors anchors = new GuidelineAnchors();

    /**
     * A CRD service over the server's current library.
     *
     * @param library the current (reloadable) library; the code index is rebuilt when it changes
     * @param settings base URL and FHIR mapping
     * @param clock today's date: the CRD assertion date, and the date of service of an order that names none
     */
    public CrdService(Supplier<GuidelineLibrary> library, CrdSettings settings, Clock clock) {
        this.library = library;
        this.settings = settings;
        this.clock = clock;
        this.orders = new OrderReader(settings.mapping());
        this.discovery = Discovery.json(json);
    }

    @Override
    public Reply discovery() {
        return Reply.json(200, discovery);
    }

    @Override
    public Reply call(String serviceId, byte[] body) {
        Optional<Hook> hook = Hook.ofService(serviceId);
        if (hook.isEmpty()) {
            return error(404, null, "no CDS service `" + serviceId + "`; GET /cds-services lists them");
        }
        List<String> notes = new ArrayList<>();
        HookRequest request;
        try {
            request = new HookRequestReader(json, orders).read(hook.get(), body, notes);
        } catch (BadHookRequest e) {
            return error(400, e.field(), e.getMessage());
        }
        try {
            return Reply.json(200, answer(request, notes).toString());
        } catch (RuntimeException e) {
            // A programmer error: logged with its trace here, never sent.
            LOG.error("hook {} ({}) failed", request.hookInstance(), serviceId, e);
            return error(500, null, "the service failed to answer this request; the server log has the details");
        }
    }

    private ObjectNode answer(HookRequest request, List<String> notes) {
        GuidelineIndex idx = index();
        LocalDate today = LocalDate.now(clock);
        OrderDecider decider = new OrderDecider(idx, settings);
        Cards cards = new Cards(json, settings.baseUrl(), request.hookInstance());
        ObjectNode response = json.createObjectNode();
        ArrayNode cardList = response.putArray("cards");
        ArrayNode actions = response.putArray("systemActions");
        boolean coverageInfo = request.configuration().on(ConfigurationOption.COVERAGE_INFO);
        boolean guidelineCards = request.configuration().on(ConfigurationOption.GUIDELINE);
        if (request.hook() == Hook.ENCOUNTER_START) {
            cardList.add(coverageCard(request, cards, today));
        }
        List<String> outOfScope = new ArrayList<>();
        Set<String> answerNotes = new LinkedHashSet<>();
        for (HookRequest.Target target : request.orders()) {
            OrderDecider.Answer answer = decider.decide(request, target, today);
            if (answer.guidelines().isEmpty()) {
                outOfScope.add(describe(target.order()));
                continue;
            }
            if (coverageInfo) {
                actions.add(update(target, answer, today));
            }
            for (OrderDecider.ForCoverage c : answer.coverages()) {
                if (c.decisions().isEmpty()) {
                    CoverageAssertion.Reason r = c.assertion().reasons().get(0);
                    cardList.add(cards.info("Not covered: " + r.text(), "warning", "coverkit could not decide "
                            + describe(target.order()) + " (reason `" + r.code() + "`): " + r.text() + "."));
                }
                for (OrderDecider.Decided d : c.decisions()) {
                    if (!d.answers().problems().isEmpty() && answerNotes.add(d.guidelineId() + d.answers().problems())) {
                        cardList.add(cards.info("Questionnaire answers not used for " + d.title(), "warning",
                                answersNotUsed(d)));
                    }
                }
                if (guidelineCards) {
                    for (OrderDecider.Decided d : c.decisions()) {
                        if (d.determination() != null) {
                            cardList.add(cards.instructions(d.title(), summary(d), indicator(d.assertion()), detail(d, c)));
                            cardList.add(cards.externalReference(d.title(), d.determination(),
                                    anchors.anchors(idx.library(), d.guidelineId(), d.determination().revision())));
                        }
                    }
                }
            }
        }
        if (!outOfScope.isEmpty()) {
            cardList.add(cards.info("No coverkit guideline covers " + String.join(", ", outOfScope), "info",
                    "coverkit makes no coverage assertion for " + String.join(", ", outOfScope)
                            + ": no loaded guideline lists its codes. Other payer rules apply."));
        }
        if (!notes.isEmpty()) {
            cardList.add(cards.info("Notes on this request", "info", notes.stream().map(n -> "- " + n).collect(Collectors.joining("\n"))));
        }
        return response;
    }

    private ObjectNode update(HookRequest.Target target, OrderDecider.Answer answer, LocalDate today) {
        Resource copy = target.order().resource().copy();
        List<String> covered = new ArrayList<>();
        for (OrderDecider.ForCoverage c : answer.coverages()) {
            List<OrderReader.BillingCode> billing = new ArrayList<>();
            for (OrderDecider.Decided d : c.decisions()) {
                index().codesOf(d.guidelineId(), target.order()).stream().filter(b -> !billing.contains(b)).forEach(billing::add);
            }
            if (copy instanceof org.hl7.fhir.r4.model.DomainResource dr) {
                dr.addExtension(CoverageInformation.extension(c.assertion(), c.coverage(), today, c.assertionId(), billing));
            }
            covered.add(c.assertion().covered());
        }
        ObjectNode action = json.createObjectNode();
        action.put("type", "update");
        action.put("description", "Coverage information for " + ref(target.order().resource()) + ": " + String.join(", ", covered));
        try {
            action.set("resource", json.readTree(Fhir.encode(copy)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return action;
    }

    private ObjectNode coverageCard(HookRequest request, Cards cards, LocalDate today) {
        MemberLookup m = MemberLookup.find(request.prefetch(), request.patientId(), today, settings.mapping());
        if (m.problem() != null) {
            return cards.info("No coverage: " + m.problem().text(), "warning", "Reason `" + m.problem().code() + "`: " + m.problem().text() + ".");
        }
        String lines = m.coverages().stream().map(c -> c.reference() + " (" + c.lineOfBusiness() + ")").collect(Collectors.joining(", "));
        return cards.info("Coverage in force: " + lines, "info", "coverkit reads the patient's coverage as " + lines
                + "; orders will be checked against its guidelines as they are selected and signed.");
    }

    private static String summary(OrderDecider.Decided d) {
        String what = switch (d.assertion().covered()) {
            case "covered" -> "covered";
            case "not-covered" -> "not covered";
            default -> d.assertion().docNeeded() != null ? "documentation needed" : "coverage not decided by this guideline";
        };
        return Cards.shorten(d.title() + ": " + what);
    }

    private static String answersNotUsed(OrderDecider.Decided d) {
        StringBuilder out = new StringBuilder("coverkit decided guideline " + d.guidelineId()
                + (d.answers().used() == null ? " as if its questionnaire were unanswered" : " with the answers of "
                        + StatedAnswers.name(d.answers().used()))
                + ", because:\n");
        d.answers().problems().forEach(p -> out.append("- ").append(p).append("\n"));
        return out.toString();
    }

    private static String indicator(CoverageAssertion a) {
        return "covered".equals(a.covered()) ? "info" : "warning";
    }

    private static String detail(OrderDecider.Decided d, OrderDecider.ForCoverage c) {
        StringBuilder out = new StringBuilder();
        out.append("**Coverage ").append(c.coverageLabel()).append(":** ").append(d.assertion().covered());
        if (d.assertion().docNeeded() != null) {
            out.append(", documentation needed (").append(d.assertion().docNeeded()).append(")");
        }
        out.append(".\n\n");
        if (d.answers().used() != null) {
            out.append("The clinician's answers in ").append(StatedAnswers.name(d.answers().used()))
                    .append(" are part of this decision.\n\n");
        }
        for (CoverageAssertion.Reason r : d.assertion().reasons()) {
            out.append(r.text()).append(".\n\n");
        }
        if (d.unknownAtOrderTime()) {
            out.append("At order time coverkit reads what the record does not state as unknown, never as absent:"
                    + " the guideline's own decision below is the one it would make if nothing more were documented.\n\n");
        }
        for (String line : d.explanation().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            out.append(line.startsWith(" ") ? "- " + line.strip() : line).append("\n");
        }
        return out.toString();
    }


    private static String describe(OrderReader.Order o) {
        String codes = o.codes().stream().map(c -> c.system() + " " + c.code()).collect(Collectors.joining(", "));
        return ref(o.resource()) + (codes.isEmpty() ? "" : " (" + codes + ")");
    }

    private static String ref(Resource r) {
        String id = r.getIdElement().getIdPart();
        return r.fhirType() + (id == null ? "" : "/" + id);
    }

    private GuidelineIndex index() {
        GuidelineLibrary current = library.get();
        GuidelineIndex i = index;
        if (i == null || i.library() != current) {
            i = new GuidelineIndex(current);
            index = i;
        }
        return i;
    }

    private Reply error(int status, String field, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("error", field == null || field.isEmpty() ? message : "`" + field + "` " + message);
        if (field != null) {
            body.put("field", field);
        }
        body.put("status", status);
        return Reply.json(status, body.toString());
    }
}
