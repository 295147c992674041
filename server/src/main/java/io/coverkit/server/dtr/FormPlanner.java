package io.coverkit.server.dtr;

import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Criterion;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.ExperimentalStatement;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.OutcomeStatement;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.Revision;
import io.coverkit.model.Scoped;
import io.coverkit.model.Section;
import io.coverkit.model.UnknownPeriod;
import io.coverkit.request.CoverageRequest;
import io.coverkit.server.dtr.FormItem.Gate;
import io.coverkit.server.dtr.FormItem.Kind;
import io.coverkit.server.dtr.FormItem.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the form for one guideline revision from its criteria tree: one item per criterion, fact
 * or document requirement the request does not already state, {@code enableWhen} following the
 * tree. How each kind becomes an item is in docs/dtr.md; member criteria are in {@link MemberItems}.
 *
 * <p>Not thread-safe: one planner per form (it remembers what it has asked, so a fact or quantity
 * several criteria test is asked once).
 */
final class FormPlanner {

    private final Guideline guideline;
    private final LocalDate date;
    private final CoverageRequest known;
    private final PositionStatement statement;
    private final Set<String> linkIds = new HashSet<>();
    private final MemberItems members;

    private FormPlanner(Guideline guideline, LocalDate date, CoverageRequest known) {
        this.guideline = guideline;
        this.date = date;
        this.known = known;
        this.statement = guideline.decisionOn(date);
        this.members = new MemberItems(guideline, statement, date, known, this);
    }

    /**
     * The form for the revision of {@code guideline} in force on {@code date}.
     *
     * @param known what the order already states, whose items are left out; null to ask everything
     * @throws IllegalArgumentException when no revision is in force on {@code date}
     */
    static FormPlan plan(Guideline guideline, LocalDate date, CoverageRequest known) {
        Revision revision = guideline.revisionOn(date).orElseThrow(() -> new IllegalArgumentException(
                "guideline " + guideline.id() + " has no revision in force on " + date));
        FormPlanner planner = new FormPlanner(guideline, revision.effective(), known);
        List<FormItem> items = planner.items();
        return new FormPlan(guideline, revision, items, planner.members.unsupported());
    }

    private List<FormItem> items() {
        List<FormItem> items = new ArrayList<>();
        Optional<UnknownPeriod> unknown = guideline.unknownOn(Section.POSITION_STATEMENT, date);
        if (unknown.isPresent()) {
            items.add(FormItem.of(linkId("notice/position-statement-unknown"), Kind.DISPLAY,
                    "The position statement in force in this revision is not published (" + unknown.get().reason()
                            + "); a request under it is decided REVISION_CONTENT_UNKNOWN whatever the answers.", "", ""));
        }
        Criterion root = statement.criteria();
        // The root's "all of" is the form itself: its items stand at the top, each gated by the one before.
        items.addAll(root instanceof AllOf all ? allOfItems(all) : criterion(root));
        for (ExperimentalStatement x : statement.experimental()) {
            statementGroup("experimental/" + x.id(), x.text(), x.criterion(), items);
        }
        for (OutcomeStatement o : statement.outcomes()) {
            statementGroup(o.kind().clauseSegment() + "/" + o.id(), o.text(), o.criterion(), items);
        }
        for (DocumentRequirement d : guideline.billing().documentation().requirements()) {
            if (d.validity().inForceOn(date) && !knownDocument(d)) {
                items.add(FormItem.of(linkId("document/" + d.id()), Kind.DOCUMENT_DATE, documentQuestion(d),
                        "document/" + d.id(), d.loinc()));
            }
        }
        return items;
    }

    private void statementGroup(String anchor, String text, Criterion criterion, List<FormItem> into) {
        List<FormItem> children = criterion(criterion);
        if (!children.isEmpty()) {
            into.add(FormItem.group(linkId(anchor), text, children));
        }
    }

    private static String documentQuestion(DocumentRequirement d) {
        String name = d.name().isEmpty() ? "document" : d.name();
        return "Date of the most recent " + name + " (LOINC " + d.loinc() + ") on file; it supports the request when dated on or"
                + " before the date of service and no more than " + d.window().describe() + " before it. Leave empty when there is none.";
    }

    private boolean knownDocument(DocumentRequirement d) {
        if (known == null) {
            return false;
        }
        LocalDate earliest = d.window().before(known.dateOfService());
        return known.documents().stream().anyMatch(doc -> doc.loinc().equals(d.loinc()) && doc.date() != null
                && !doc.date().isAfter(known.dateOfService()) && !doc.date().isBefore(earliest));
    }

    /** The items for one criterion, in written order. */
    List<FormItem> criterion(Criterion criterion) {
        return criterion.accept(new Criterion.Visitor<List<FormItem>>() {
            @Override
            public List<FormItem> indication(Indication indication) {
                if (known != null && known.indications().contains(indication.id())) {
                    return List.of();
                }
                return List.of(FormItem.of(linkId("indication/" + indication.id()), Kind.INDICATION, indication.text(),
                        "indication/" + indication.id(), indication.id()).asRequired());
            }

            @Override
            public List<FormItem> anyOf(AnyOf anyOf) {
                return anyOfItems(anyOf);
            }

            @Override
            public List<FormItem> allOf(AllOf allOf) {
                return wrap("all-of", "All of the following:", allOfItems(allOf));
            }

            @Override
            public List<FormItem> member(MemberCriterion criterion) {
                return members.items(criterion);
            }

            @Override
            public List<FormItem> not(Not not) {
                List<FormItem> inner = criterion(not.criterion());
                if (inner.isEmpty()) {
                    return inner;
                }
                String text = "unless".equals(not.keyword()) ? "Unless all of the following apply (these answers count against the request):"
                        : "None of the following may apply (a yes counts against the request):";
                return List.of(FormItem.group(linkId((("unless".equals(not.keyword())) ? "unless/" : "none/") + firstLeaf(inner)),
                        text, inner));
            }

            @Override
            public List<FormItem> scoped(Scoped scoped) {
                return members.scoped(scoped);
            }
        });
    }

    private List<FormItem> anyOfItems(AnyOf anyOf) {
        List<Indication> indications = new ArrayList<>();
        for (Criterion c : anyOf.criteria()) {
            if (c instanceof Indication i) {
                indications.add(i);
            }
        }
        if (indications.size() >= 2 && indications.size() == anyOf.criteria().size()) {
            if (known != null && indications.stream().anyMatch(i -> known.indications().contains(i.id()))) {
                return List.of();
            }
            List<Option> options = new ArrayList<>();
            for (Indication i : indications) {
                options.add(new Option(i.id(), i.text()));
            }
            options.add(new Option(FormItem.NONE_OF_THESE, "None of these"));
            String id = linkId("indications/" + indications.get(0).id());
            return List.of(FormItem.of(id, Kind.INDICATION_CHOICE,
                            "Which of the following indications apply? Select every one that applies, or \"None of these\".", "", "")
                    .withOptions(options, true, true));
        }
        List<FormItem> items = new ArrayList<>();
        for (Criterion c : anyOf.criteria()) {
            items.addAll(criterion(c));
        }
        return wrap("any-of", "At least one of the following:", items);
    }

    /**
     * The items of an "all of": each later item is enabled only when the one before it is met, as
     * far as one answer can say so (a yes, or a no for an item under "none"); after a compound
     * criterion the next item is not gated, since no single answer says the compound holds.
     */
    private List<FormItem> allOfItems(AllOf allOf) {
        List<FormItem> items = new ArrayList<>();
        Gate previous = null;
        for (Criterion c : allOf.criteria()) {
            List<FormItem> own = criterion(c);
            if (own.isEmpty()) {
                continue; // left out as known: the gate before it still applies to what follows
            }
            for (FormItem item : own) {
                items.add(previous == null ? item : item.gatedBy(previous));
            }
            previous = own.size() == 1 ? gateOf(c, own.get(0)) : null;
        }
        return items;
    }

    // The gate "the criterion just answered is met", when one answer says so.
    private static Gate gateOf(Criterion criterion, FormItem item) {
        if (item.kind() == Kind.INDICATION || item.kind() == Kind.FACT) {
            return Gate.isTrue(item.linkId());
        }
        if (criterion instanceof Not && item.kind() == Kind.GROUP && item.children().size() == 1) {
            FormItem inner = item.children().get(0);
            if (inner.gates().isEmpty() && (inner.kind() == Kind.INDICATION || inner.kind() == Kind.FACT)) {
                return Gate.is(inner.linkId(), false);
            }
        }
        return null;
    }

    private List<FormItem> wrap(String prefix, String text, List<FormItem> items) {
        if (items.size() <= 1) {
            return items;
        }
        return List.of(FormItem.group(linkId(prefix + "/" + firstLeaf(items)), text, items));
    }

    // The last segment of the first question's linkId, which names a group stably.
    private static String firstLeaf(List<FormItem> items) {
        FormItem first = items.get(0);
        while (first.kind() == Kind.GROUP && !first.children().isEmpty()) {
            first = first.children().get(0);
        }
        String id = first.linkId();
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** A linkId not used yet in this form: {@code wanted}, or it with {@code -2}, {@code -3}... */
    String linkId(String wanted) {
        String id = wanted;
        for (int n = 2; !linkIds.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }
}
