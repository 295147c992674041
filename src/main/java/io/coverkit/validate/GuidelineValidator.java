package io.coverkit.validate;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.Revision;
import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeFrameModifier;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what no single clause can: ids unique, the update history in order and agreeing with the
 * header dates, document time frames agreeing with their modifiers, codes present and unique.
 */
public final class GuidelineValidator {

    /** The most indications one guideline may have (the evaluator keeps them in one {@code long}). */
    public static final int MAX_INDICATIONS = 64;

    /** Every problem of {@code guideline}, sorted by location. */
    public List<Diagnostic> validate(Guideline guideline) {
        Diagnostics d = new Diagnostics();
        checkFileName(guideline, d);
        List<Indication> indications = guideline.positionStatement().indications();
        unique(indications, Indication::id, Indication::at, "indication", d);
        if (indications.size() > MAX_INDICATIONS) {
            d.error(DiagnosticCode.C010, guideline.positionStatement().at(),
                    "the position statement has " + indications.size() + " indications; at most " + MAX_INDICATIONS
                            + " are supported");
        }
        List<ProcedureCode> codes = guideline.billing().codes();
        if (codes.isEmpty()) {
            d.error(DiagnosticCode.C007, guideline.billing().at(), "the guideline lists no procedure codes",
                    "add `codes('CPT') { code '...' }` to `billingCoding`");
        }
        Set<String> seenCodes = new HashSet<>();
        for (ProcedureCode code : codes) {
            if (!seenCodes.add(code.system() + " " + code.code())) {
                d.error(DiagnosticCode.C006, code.at(), "code `" + code.code() + "` is listed twice");
            }
        }
        checkDocuments(guideline, d);
        unique(guideline.programExceptions().exceptions(), ProgramException::id, ProgramException::at, "program exception", d);
        unique(guideline.programExceptions().exceptions(), e -> e.lineOfBusiness().name(), ProgramException::at,
                "program exception for line of business", d);
        checkRevisions(guideline, d);
        new ChangelogVerifier(guideline, d).verify();
        return d.sorted();
    }

    private static void checkFileName(Guideline guideline, Diagnostics d) {
        Path name = Path.of(guideline.at().file()).getFileName();
        // The whole name must match: `04-77260-190.groovy` does not hold guideline `04-77260-19`.
        if (name != null && name.toString().endsWith(".groovy") && !name.toString().equals(guideline.id() + ".groovy")) {
            d.warning(DiagnosticCode.C009, guideline.at(),
                    "guideline `" + guideline.id() + "` is in file `" + name + "`; name the file after the guideline");
        }
    }

    private static void checkDocuments(Guideline guideline, Diagnostics d) {
        List<DocumentRequirement> requirements = guideline.billing().documentation().requirements();
        unique(requirements, DocumentRequirement::id, DocumentRequirement::at, "document requirement", d);
        Map<String, TimeFrameModifier> modifiers = new HashMap<>();
        for (TimeFrameModifier m : guideline.billing().documentation().timeFrameModifiers()) {
            modifiers.put(m.loinc(), m);
        }
        for (DocumentRequirement r : requirements) {
            if (r.timeFrameModifier().isEmpty()) {
                continue;
            }
            TimeFrameModifier m = modifiers.get(r.timeFrameModifier());
            if (m == null) {
                d.error(DiagnosticCode.C005, r.at(), "time frame modifier `" + r.timeFrameModifier() + "` is not declared",
                        "declare it with `timeFrameModifier '" + r.timeFrameModifier() + "', within: ..., narrative: '...'`");
            } else if (!m.window().equals(r.window())) {
                d.error(DiagnosticCode.C004, r.at(), "document `" + r.loinc() + "` is required within "
                        + r.window().describe() + " but its modifier `" + m.loinc() + "` means " + m.window().describe());
            }
        }
    }

    private static void checkRevisions(Guideline guideline, Diagnostics d) {
        // The model sorts revisions; the order written is recovered from the source lines.
        List<Revision> written = guideline.revisions().stream()
                .sorted((a, b) -> Integer.compare(a.at().line(), b.at().line()))
                .toList();
        for (int i = 1; i < written.size(); i++) {
            Revision before = written.get(i - 1);
            Revision r = written.get(i);
            if (!r.effective().isAfter(before.effective())) {
                d.error(DiagnosticCode.C002, r.at(), "revision " + r.effective() + " comes after " + before.effective()
                        + "; the update history lists each date once, oldest first");
            }
        }
        if (written.isEmpty()) {
            return;
        }
        Revision first = guideline.revisions().get(0);
        Revision last = guideline.revisions().get(guideline.revisions().size() - 1);
        if (!first.effective().equals(guideline.originalEffectiveDate())) {
            d.error(DiagnosticCode.C003, first.at(), "the first revision is dated " + first.effective()
                    + " but the original effective date is " + guideline.originalEffectiveDate());
        }
        if (guideline.revised() != null && !guideline.revised().equals(last.effective())) {
            d.error(DiagnosticCode.C003, last.at(), "the newest revision is dated " + last.effective()
                    + " but the guideline says it was revised " + guideline.revised());
        }
        if (guideline.committeeApproval() != null && guideline.reviewed() != null
                && !guideline.committeeApproval().date().equals(guideline.reviewed())) {
            d.warning(DiagnosticCode.C003, guideline.committeeApproval().at(), "the committee approved on "
                    + guideline.committeeApproval().date() + " but the guideline says it was reviewed " + guideline.reviewed());
        }
    }

    private static <T> void unique(
            List<T> items, Function<T, String> id, Function<T, SourceRef> at, String what, Diagnostics d) {
        Map<String, SourceRef> seen = new HashMap<>();
        for (T item : items) {
            SourceRef first = seen.putIfAbsent(id.apply(item), at.apply(item));
            if (first != null) {
                d.error(DiagnosticCode.C001, at.apply(item), what + " `" + id.apply(item) + "` is given twice",
                        "the first is at line " + first.line());
            }
        }
    }
}
