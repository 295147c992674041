package io.coverkit.validate;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.Revision;
import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeFrameModifier;
import io.coverkit.model.Validity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks what no single clause can: ids unique, the update history in order and agreeing with the
 * header dates, document time frames agreeing with their modifiers, codes present and unique.
 */
public final class GuidelineValidator {

    /** The most indications one guideline may have (the evaluator keeps them in one {@code long}). */
    public static final int MAX_INDICATIONS = 64;

    /** The form of a code of each system, which the change log also reads codes by. */
    static final Map<String, Pattern> CODE_FORMATS = Map.of(
            "CPT", Pattern.compile("[0-9]{5}|[0-9]{4}[FTU]"),
            "HCPCS", Pattern.compile("[A-Z][0-9]{4}"));

    /** Every problem of {@code guideline}, sorted by location. */
    public List<Diagnostic> validate(Guideline guideline) {
        Diagnostics d = new Diagnostics();
        checkFileName(guideline, d);
        List<Indication> indications = guideline.decision().allIndications();
        unique(indications, Indication::id, Indication::validity, Indication::at, "indication", d);
        List<MemberCriterion> members = guideline.decision().memberCriteria();
        unique(members, MemberCriterion::id, MemberCriterion::validity,
                MemberCriterion::at, "criterion", d);
        Set<String> indicationIds = new HashSet<>(indications.stream().map(Indication::id).toList());
        for (MemberCriterion m : members) {
            if (indicationIds.contains(m.id())) {
                d.error(DiagnosticCode.C001, m.at(), "criterion `" + m.id() + "` has the id of an indication",
                        "give it its own id with `id: '...'`");
            }
        }
        for (int i = 0; i < indications.size(); i++) {
            for (int j = 0; j < i; j++) {
                Indication a = indications.get(j);
                Indication b = indications.get(i);
                if (a.text().equals(b.text()) && !a.id().equals(b.id()) && overlap(a.validity(), b.validity())) {
                    d.error(DiagnosticCode.C017, b.at(), "indications `" + a.id() + "` and `" + b.id() + "` have the same text",
                            "the first is at line " + a.at().line());
                    break;
                }
            }
        }
        if (indications.size() > MAX_INDICATIONS) {
            d.error(DiagnosticCode.C010, guideline.positionStatement().at(),
                    "the position statement has " + indications.size() + " indications; at most " + MAX_INDICATIONS
                            + " are supported");
        }
        List<ProcedureCode> codes = guideline.billing().codes();
        if (codes.isEmpty() && guideline.formulary().isEmpty()) {
            d.error(DiagnosticCode.C007, guideline.billing().at() == null ? guideline.at() : guideline.billing().at(),
                    "the guideline lists no procedure codes and no drugs",
                    "add `codes('CPT') { code '...' }` to `billingCoding`, or a `drugList` to a pharmacy guideline");
        }
        unique(codes, c -> c.system() + " " + c.code(), ProcedureCode::validity, ProcedureCode::at, "code",
                DiagnosticCode.C006, d);
        for (ProcedureCode code : codes) {
            Pattern format = CODE_FORMATS.get(code.system());
            if (format != null && !format.matcher(code.code()).matches()) {
                d.error(DiagnosticCode.C016, code.at(), "`" + code.code() + "` is not a " + code.system() + " code",
                        "CPT codes are five digits, or four digits and F, T or U; HCPCS Level II codes are a letter and four digits");
            }
        }
        checkNeverDecides(guideline, d);
        new CriteriaReferences(guideline, d).check();
        QuantityUnits.check(members, d);
        unique(guideline.formulary().drugs(), Drug::id, Drug::validity,
                Drug::at, "drug", d);
        checkDocuments(guideline, d);
        unique(guideline.programExceptions().exceptions(), ProgramException::id, ProgramException::validity,
                ProgramException::at, "program exception", d);
        unique(guideline.programExceptions().exceptions(), e -> e.lineOfBusiness().name(), ProgramException::validity,
                ProgramException::at, "program exception for line of business", d);
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
        unique(requirements, DocumentRequirement::id, DocumentRequirement::validity, DocumentRequirement::at,
                "document requirement", d);
        for (DocumentRequirement r : requirements) {
            if (r.window().amount() == 0) {
                d.error(DiagnosticCode.C018, r.at(), "document `" + r.loinc() + "` must be dated within "
                        + r.window().describe() + ", a window no document can fall in", "give a positive span, such as `6.months`");
            }
        }
        Map<String, TimeFrameModifier> modifiers = new HashMap<>();
        for (TimeFrameModifier m : guideline.billing().documentation().timeFrameModifiers()) {
            modifiers.put(m.loinc(), m);
            if (m.window().amount() == 0) {
                d.error(DiagnosticCode.C018, m.at(), "time frame modifier `" + m.loinc() + "` means " + m.window().describe()
                        + ", a window no document can fall in", "give a positive span, such as `6.months`");
            }
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
        RevisionDates.check(written, d);
        if (written.isEmpty()) {
            return;
        }
        Revision first = guideline.revisions().get(0);
        Revision last = guideline.revisions().get(guideline.revisions().size() - 1);
        if (!first.date().equals(guideline.originalEffectiveDate()) && !first.effective().equals(guideline.originalEffectiveDate())) {
            d.error(DiagnosticCode.C003, first.at(), "the first revision is dated " + first.date()
                    + " but the original effective date is " + guideline.originalEffectiveDate());
        }
        if (guideline.revised() != null && !guideline.revised().equals(last.date()) && !guideline.revised().equals(last.effective())) {
            d.error(DiagnosticCode.C003, last.at(), "the newest revision is dated " + last.date()
                    + " but the guideline says it was revised " + guideline.revised());
        }
        if (guideline.committeeApproval() != null && guideline.reviewed() != null
                && !guideline.committeeApproval().date().equals(guideline.reviewed())) {
            d.warning(DiagnosticCode.C003, guideline.committeeApproval().at(), "the committee approved on "
                    + guideline.committeeApproval().date() + " but the guideline says it was reviewed " + guideline.reviewed());
        }
    }

    private static <T> void unique(List<T> items, Function<T, String> id, Function<T, Validity> validity,
            Function<T, SourceRef> at, String what, Diagnostics d) {
        unique(items, id, validity, at, what, DiagnosticCode.C001, d);
    }

    /** Reports a second clause with the same key while the first is still in force. */
    private static <T> void unique(List<T> items, Function<T, String> id, Function<T, Validity> validity,
            Function<T, SourceRef> at, String what, DiagnosticCode code, Diagnostics d) {
        Map<String, List<T>> seen = new HashMap<>();
        for (T item : items) {
            List<T> same = seen.computeIfAbsent(id.apply(item), k -> new ArrayList<>());
            for (T earlier : same) {
                if (overlap(validity.apply(earlier), validity.apply(item))) {
                    d.error(code, at.apply(item), what + " `" + id.apply(item) + "` is given twice",
                            "the first is at line " + at.apply(earlier).line()
                                    + "; to reword a clause in a new revision, delete the old one and add the new one on that date");
                    break;
                }
            }
            same.add(item);
        }
    }

    private static boolean overlap(Validity a, Validity b) {
        boolean aStartsBeforeBEnds = a.added() == null || b.deleted() == null || a.added().isBefore(b.deleted());
        boolean bStartsBeforeAEnds = b.added() == null || a.deleted() == null || b.added().isBefore(a.deleted());
        return aStartsBeforeBEnds && bStartsBeforeAEnds;
    }

    // A clause that can never be in force, or a position statement every line of business bypasses.
    private static void checkNeverDecides(Guideline g, Diagnostics d) {
        long deferred = g.programExceptions().exceptions().stream()
                .filter(e -> e.effect() == ProgramException.Effect.DEFER_TO_PROGRAM && e.validity().isAlways())
                .map(ProgramException::lineOfBusiness)
                .distinct()
                .count();
        if (deferred == LineOfBusiness.values().length) {
            d.warning(DiagnosticCode.C019, g.positionStatement().at(),
                    "every line of business defers to its own program, so the position statement can never decide");
        }
        for (DatedClause x : DatedClause.of(g)) {
            Validity v = x.validity();
            if (v.deleted() != null && !v.deleted().isAfter(g.originalEffectiveDate())) {
                d.warning(DiagnosticCode.C019, x.at(), x.what() + " is deleted on " + v.deleted()
                        + ", before the guideline took effect on " + g.originalEffectiveDate() + ", so it is never in force");
            }
        }
    }
}
