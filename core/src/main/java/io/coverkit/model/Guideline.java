package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A medical coverage guideline, complete: every published section, its criteria and its
 * revisions. Plain immutable data, free of any DSL types, so it can be written to a bundle and
 * evaluated anywhere.
 *
 * @param revisions the update history, sorted by effective date, oldest first
 * @param unknownPeriods sections whose content the published text does not reveal before a date
 * @param corrections deliberate changes to content already in force on past dates
 * @param formulary the drug list of a pharmacy guideline, or {@link Formulary#NONE}
 * @param authorization which requests need prior authorization and how long an approval lasts
 * @param sections the document's own sections (a template's generic sections), in written order;
 *     their criteria join the decision (see {@link #decision()})
 * @param layout how the publisher lays the document out, for rendering
 * @param sourceDigest {@code sha256:} of the policy file's bytes
 */
public record Guideline(
        String id,
        String title,
        LocalDate originalEffectiveDate,
        LocalDate reviewed,
        LocalDate revised,
        String disclaimer,
        List<Paragraph> description,
        PositionStatement positionStatement,
        Billing billing,
        List<Paragraph> reimbursement,
        ProgramExceptions programExceptions,
        List<Paragraph> definitions,
        List<Paragraph> relatedGuidelines,
        OtherInformation other,
        List<Reference> references,
        CommitteeApproval committeeApproval,
        List<Revision> revisions,
        List<UnknownPeriod> unknownPeriods,
        List<Correction> corrections,
        Formulary formulary,
        Authorization authorization,
        List<GuidelineSection> sections,
        Layout layout,
        String sourceDigest,
        SourceRef at)
        implements Serializable {

    public Guideline {
        Objects.requireNonNull(id, "a guideline needs an id");
        Objects.requireNonNull(title, "a guideline needs a title");
        Objects.requireNonNull(originalEffectiveDate, "a guideline needs its original effective date");
        Objects.requireNonNull(positionStatement, "a guideline needs a position statement");
        Objects.requireNonNull(billing, "a guideline needs billing/coding information");
        disclaimer = disclaimer == null ? "" : disclaimer;
        description = List.copyOf(description);
        reimbursement = List.copyOf(reimbursement);
        programExceptions = programExceptions == null ? ProgramExceptions.NONE : programExceptions;
        definitions = List.copyOf(definitions);
        relatedGuidelines = List.copyOf(relatedGuidelines);
        other = other == null ? OtherInformation.NONE : other;
        references = List.copyOf(references);
        revisions = sorted(revisions);
        unknownPeriods = List.copyOf(unknownPeriods);
        corrections = List.copyOf(corrections);
        formulary = formulary == null ? Formulary.NONE : formulary;
        authorization = authorization == null ? Authorization.NOT_STATED : authorization;
        sections = sections == null ? List.of() : List.copyOf(sections);
        layout = layout == null ? Layout.DEFAULT : layout;
        Objects.requireNonNull(sourceDigest, "a guideline needs the digest of its source");
    }

    /** The revision in force on {@code date}: the latest effective on or before it, if any. */
    public Optional<Revision> revisionOn(LocalDate date) {
        Revision inForce = null;
        for (Revision revision : revisions) {
            if (revision.effective().isAfter(date)) {
                break;
            }
            inForce = revision;
        }
        return Optional.ofNullable(inForce);
    }

    /** The unknown period covering {@code section} on {@code date}, if its content is unknown then. */
    public Optional<UnknownPeriod> unknownOn(String section, LocalDate date) {
        for (UnknownPeriod u : unknownPeriods) {
            if (u.section().equals(section) && u.covers(date)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The position statement as it stood on {@code date}: {@code asOf(date).positionStatement()}, built alone. */
    public PositionStatement positionStatementOn(LocalDate date) {
        return new PositionStatement(Dated.paragraphs(positionStatement.paragraphs(), date),
                Dated.criteria(positionStatement.criteria(), date), positionStatement.derived(),
                positionStatement.diagnosisLists(), experimentalAsOf(date), positionStatement.at(), positionStatement.closedWorld(),
                outcomesAsOf(date), positionStatement.therapyClasses());
    }

    /**
     * What the guideline decides on: the position statement with its criteria joined by every
     * section's, all of which must hold, the position statement's first, then each section's in
     * written order. Without sections that hold criteria it is the position statement itself.
     */
    public PositionStatement decision() {
        Criterion joined = Sections.decision(positionStatement.criteria(), sections, at);
        return joined == positionStatement.criteria() ? positionStatement
                : new PositionStatement(positionStatement.paragraphs(), joined, positionStatement.derived(),
                        positionStatement.diagnosisLists(), positionStatement.experimental(), positionStatement.at(),
                        positionStatement.closedWorld(), positionStatement.outcomes(), positionStatement.therapyClasses());
    }

    /** What the guideline decided on as of {@code date}: {@code asOf(date).decision()}, built alone. */
    public PositionStatement decisionOn(LocalDate date) {
        PositionStatement own = positionStatementOn(date);
        Criterion joined = Sections.decision(own.criteria(), Sections.asOf(sections, date), at);
        return joined == own.criteria() ? own
                : new PositionStatement(own.paragraphs(), joined, own.derived(), own.diagnosisLists(), own.experimental(),
                        own.at(), own.closedWorld(), own.outcomes(), own.therapyClasses());
    }

    /**
     * The guideline as it stood on {@code date}: only the clauses in force then, and the update
     * history up to then. The result is a guideline like any other, so rendering, comparing and
     * compiling one revision need nothing revision-specific.
     */
    public Guideline asOf(LocalDate date) {
        Revision inForce = revisionOn(date).orElse(null);
        return new Guideline(
                id,
                title,
                originalEffectiveDate,
                reviewed != null && !reviewed.isAfter(date) ? reviewed : null,
                inForce == null ? null : inForce.effective(),
                disclaimer,
                Dated.paragraphs(description, date),
                positionStatementOn(date),
                Dated.billing(billing, date),
                Dated.paragraphs(reimbursement, date),
                new ProgramExceptions(
                        Dated.inForce(programExceptions.exceptions(), date),
                        Dated.inForce(programExceptions.notes(), date),
                        programExceptions.at(),
                        programExceptions.lines()),
                Dated.paragraphs(definitions, date),
                Dated.paragraphs(relatedGuidelines, date),
                new OtherInformation(Dated.paragraphs(other.paragraphs(), date), other.otherNames(), other.at()),
                references,
                committeeApproval != null && !committeeApproval.date().isAfter(date) ? committeeApproval : null,
                revisionsUntil(date),
                unknownOn(date),
                correctionsUntil(date),
                new Formulary(formulary.heading(), Dated.inForce(formulary.drugs(), date), formulary.at(), formulary.columns()),
                authorization,
                Sections.asOf(sections, date),
                new Layout(layout.template(), layout.documentType(), Dated.paragraphs(layout.documentNumbers(), date),
                        layout.headings()),
                sourceDigest,
                at);
    }

    // The helpers of asOf are loops, not streams: see Dated.

    private List<ExperimentalStatement> experimentalAsOf(LocalDate date) {
        List<ExperimentalStatement> kept = new ArrayList<>();
        for (ExperimentalStatement e : Dated.inForce(positionStatement.experimental(), date)) {
            kept.add(new ExperimentalStatement(e.id(), e.text(), Dated.criteria(e.criterion(), date), e.validity(), e.at()));
        }
        return kept;
    }

    private List<OutcomeStatement> outcomesAsOf(LocalDate date) {
        List<OutcomeStatement> kept = new ArrayList<>();
        for (OutcomeStatement o : Dated.inForce(positionStatement.outcomes(), date)) {
            kept.add(new OutcomeStatement(o.id(), o.kind(), o.text(), o.study(), Dated.criteria(o.criterion(), date), o.validity(),
                    o.at()));
        }
        return kept;
    }

    private List<Revision> revisionsUntil(LocalDate date) {
        List<Revision> kept = new ArrayList<>();
        for (Revision r : revisions) {
            if (!r.effective().isAfter(date)) {
                kept.add(r);
            }
        }
        return kept;
    }

    private List<UnknownPeriod> unknownOn(LocalDate date) {
        List<UnknownPeriod> kept = new ArrayList<>();
        for (UnknownPeriod u : unknownPeriods) {
            if (u.covers(date)) {
                kept.add(u);
            }
        }
        return kept;
    }

    private List<Correction> correctionsUntil(LocalDate date) {
        List<Correction> kept = new ArrayList<>();
        for (Correction c : corrections) {
            if (!c.date().isAfter(date)) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static List<Revision> sorted(List<Revision> revisions) {
        List<Revision> sorted = new ArrayList<>(revisions);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }
}
