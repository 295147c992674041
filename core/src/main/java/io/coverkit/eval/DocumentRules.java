package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.MissingDocument;
import io.coverkit.eval.CompiledGuideline.RequiredDocument;
import io.coverkit.model.TimeSpan;
import io.coverkit.request.Document;
import io.coverkit.request.SharedCodes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One revision's required documents, compiled for matching: LOINC codes with their hashes, windows,
 * and the constant finding each missing document reports.
 *
 * <p>Matching documents was the largest part of a decision, most of it comparing LOINC codes that
 * differ; a request's codes are compared by hash first (a {@code String} caches its hash), so
 * only codes that can be equal are compared character by character. A window is inclusive at both
 * ends: {@code [date of service - window, date of service]}; of several matching documents the
 * latest counts, and of those dated alike the first.
 */
final class DocumentRules {

    private final RequiredDocument[] required;
    private final String[] loincs;
    private final int[] hashes;
    private final Finding[] missingFindings;
    // The window every requirement shares, so its first day is computed once per decision; null
    // when they differ (or there are none).
    private final TimeSpan window;

    DocumentRules(List<RequiredDocument> documents) {
        required = documents.toArray(new RequiredDocument[0]);
        loincs = new String[required.length];
        hashes = new int[required.length];
        missingFindings = new Finding[required.length];
        for (int r = 0; r < required.length; r++) {
            RequiredDocument d = required[r];
            loincs[r] = SharedCodes.share(d.loinc());
            hashes[r] = d.loinc().hashCode();
            missingFindings[r] = new Finding(FindingKind.DOCUMENT_MISSING, d.ref(), d.clause(), d.name(), d.section(), List.of());
        }
        boolean same = true;
        for (int r = 1; r < required.length; r++) {
            same &= required[r].window().equals(required[0].window());
        }
        window = same && required.length > 0 ? required[0].window() : null;
    }

    /** True when every required document is on file within its window. */
    boolean allOnFile(List<Document> onFile, LocalDate dos) {
        if (window == null) {
            return allOnFileEach(onFile, dos);
        }
        // One first day for every requirement, assigned once: a date merged from two assignments
        // escapes the compiler's analysis and is allocated on every decision.
        LocalDate earliest = window.before(dos);
        for (int r = 0; r < required.length; r++) {
            if (!onFile(r, onFile, earliest, dos)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #allOnFile} where the windows differ. */
    private boolean allOnFileEach(List<Document> onFile, LocalDate dos) {
        for (int r = 0; r < required.length; r++) {
            if (!onFile(r, onFile, required[r].window().before(dos), dos)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds a finding for every required document, present (with the document that shows it) or
     * missing, in policy order; returns the missing ones.
     */
    List<MissingDocument> check(List<Document> onFile, LocalDate dos, List<Finding> findings) {
        if (required.length == 0) {
            return List.of();
        }
        MissingDocument[] missing = null;
        int missed = 0;
        LocalDate shared = window == null ? null : window.before(dos);
        for (int r = 0; r < required.length; r++) {
            RequiredDocument rule = required[r];
            LocalDate earliest = shared != null ? shared : rule.window().before(dos);
            int best = best(r, onFile, earliest, dos);
            if (best >= 0) {
                Document d = onFile.get(best);
                findings.add(new Finding(FindingKind.DOCUMENT_PRESENT, rule.ref(), rule.clause(), rule.name(), rule.section(),
                        List.of(new Evidence(FieldNames.DOCUMENTS.field(best), d.loinc(), d.date()))));
            } else {
                findings.add(missingFindings[r]);
                if (missing == null) {
                    missing = new MissingDocument[required.length];
                }
                missing[missed++] = new MissingDocument(rule.loinc(), rule.name(), earliest, dos);
            }
        }
        return missing == null ? List.of() : List.of(missed == missing.length ? missing : Arrays.copyOf(missing, missed));
    }

    /** True when some document on file satisfies requirement {@code r}: the first one will do. */
    private boolean onFile(int r, List<Document> onFile, LocalDate earliest, LocalDate dos) {
        for (int i = 0; i < onFile.size(); i++) {
            if (satisfies(r, onFile.get(i), earliest, dos)) {
                return true;
            }
        }
        return false;
    }

    /** The position of the latest document on file that satisfies requirement {@code r}, or -1. */
    private int best(int r, List<Document> onFile, LocalDate earliest, LocalDate dos) {
        int best = -1;
        LocalDate bestDate = null;
        for (int i = 0; i < onFile.size(); i++) {
            Document d = onFile.get(i);
            if (satisfies(r, d, earliest, dos) && (bestDate == null || d.date().isAfter(bestDate))) {
                best = i;
                bestDate = d.date();
            }
        }
        return best;
    }

    /** True when {@code d} is requirement {@code r}'s code, dated within [earliest, dos]; the hash is compared first. */
    private boolean satisfies(int r, Document d, LocalDate earliest, LocalDate dos) {
        String code = d.loinc();
        LocalDate date = d.date();
        return code.hashCode() == hashes[r] && code.equals(loincs[r]) && !date.isBefore(earliest) && !date.isAfter(dos);
    }
}
