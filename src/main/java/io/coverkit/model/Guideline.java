package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A medical coverage guideline, complete: every published section, its criteria and its
 * revisions. Plain immutable data, free of any DSL types, so it can be written to a bundle and
 * evaluated anywhere.
 *
 * @param revisions the update history, sorted by effective date, oldest first
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
        revisions = revisions.stream().sorted().toList();
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
}
