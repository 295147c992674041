package io.coverkit.validate;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.Revision;
import io.coverkit.model.Section;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks each update-history entry against the modeled content, and the content against the
 * history: dated clauses change only on revision dates; "deleted X" and "added X" match the
 * code lists; "no change in position statement" holds; every dated code change is announced.
 */
final class ChangelogVerifier {

    private static final String CODE = "(?=[0-9A-Z]*[0-9])[0-9A-Z]{5}";
    // "Added 77387", "Deleted code 77014, G6001, G6002 and G6017", "Added CPT code 77387",
    // "Deleted HCPCS codes G6001 and G6002", "added CPT/HCPCS codes ...": a list of five-character
    // tokens right after the verb and the optional system and "code(s)". A token of the list is
    // read as a code only when it has the form of a code of a system the guideline lists, so
    // "added BRCA1 and BRCA2 family history" names no code.
    private static final Pattern CODE_CHANGE = Pattern.compile(
            "\\b(deleted|added)\\s+(?:(?:cpt|hcpcs)(?:\\s*/\\s*(?:cpt|hcpcs))?\\s+)?(?:codes?\\s+)?"
                    + "(" + CODE + "(?:\\s*,?\\s*(?:\\band\\b)?\\s*" + CODE + ")*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_CODE = Pattern.compile(CODE);
    private static final Pattern UNCHANGED = Pattern.compile(
            "no change in position statement|position statement unchanged|maintain position statement",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REVISED_DESCRIPTOR = Pattern.compile("revised (" + CODE + ") code descriptor",
            Pattern.CASE_INSENSITIVE);

    private final Guideline g;
    private final Diagnostics d;
    private final Set<LocalDate> revisionDates = new HashSet<>();

    ChangelogVerifier(Guideline g, Diagnostics d) {
        this.g = g;
        this.d = d;
        g.revisions().forEach(r -> revisionDates.add(r.effective()));
        revisionDates.add(g.originalEffectiveDate());
    }

    void verify() {
        checkDatesAreRevisions();
        Map<LocalDate, Revision> byDate = new HashMap<>();
        g.revisions().forEach(r -> byDate.put(r.effective(), r));
        Map<String, ProcedureCode> codes = new HashMap<>();
        for (ProcedureCode c : g.billing().codes()) {
            codes.put(c.code(), c);
        }
        Map<LocalDate, Set<String>> announced = new HashMap<>();
        for (Revision r : g.revisions()) {
            Matcher m = CODE_CHANGE.matcher(r.text());
            while (m.find()) {
                boolean deleted = m.group(1).toLowerCase(Locale.ROOT).equals("deleted");
                Matcher each = ONE_CODE.matcher(m.group(2));
                while (each.find()) {
                    String code = each.group();
                    if (!isCodeOfAListedSystem(code)) {
                        continue;
                    }
                    announced.computeIfAbsent(r.effective(), k -> new HashSet<>()).add(code);
                    checkAnnounced(r, code, deleted, codes.get(code));
                }
            }
            Matcher descriptor = REVISED_DESCRIPTOR.matcher(r.text());
            if (descriptor.find()) {
                ProcedureCode code = codes.get(descriptor.group(1));
                if (code == null || !code.validity().inForceOn(r.effective())) {
                    d.error(DiagnosticCode.C012, r.at(), "the entry of " + r.effective() + " revises the descriptor of `"
                            + descriptor.group(1) + "`, which is not in the code list on that date");
                }
            }
            if (UNCHANGED.matcher(r.text()).find()) {
                checkPositionStatementUnchanged(r);
            }
            checkNamedAdditions(r);
        }
        for (ProcedureCode c : g.billing().codes()) {
            for (LocalDate date : new LocalDate[] {c.validity().added(), c.validity().deleted()}) {
                if (date != null && byDate.containsKey(date)
                        && !announced.getOrDefault(date, Set.of()).contains(c.code())) {
                    d.error(DiagnosticCode.C012, c.at(), "`" + c.code() + "` is " + (date.equals(c.validity().added())
                                    ? "added" : "deleted") + " on " + date + " but that update history entry does not say so",
                            "name it in the entry, as in `Deleted " + c.code() + "`");
                }
            }
        }
    }

    private boolean isCodeOfAListedSystem(String token) {
        return g.billing().codeLists().stream()
                .map(list -> GuidelineValidator.CODE_FORMATS.get(list.system()))
                .anyMatch(format -> format != null && format.matcher(token).matches());
    }

    private void checkAnnounced(Revision r, String code, boolean deleted, ProcedureCode modeled) {
        if (modeled == null) {
            d.error(DiagnosticCode.C012, r.at(), "the entry of " + r.effective() + " says `" + code + "` was "
                    + (deleted ? "deleted" : "added") + ", but the guideline does not list that code");
            return;
        }
        LocalDate actual = deleted ? modeled.validity().deleted() : modeled.validity().added();
        if (!r.effective().equals(actual)) {
            d.error(DiagnosticCode.C012, r.at(), "the entry of " + r.effective() + " says `" + code + "` was "
                            + (deleted ? "deleted" : "added") + " then, but the code list has it "
                            + (actual == null ? (deleted ? "never deleted" : "listed from the start") : (deleted ? "deleted on " : "added on ") + actual),
                    "write `" + (deleted ? "deleted" : "added") + ": '" + r.effective() + "'` on code `" + code + "` at line "
                            + modeled.at().line());
        }
    }

    private void checkPositionStatementUnchanged(Revision r) {
        LocalDate day = r.effective();
        LocalDate before = day.minusDays(1);
        if (g.unknownOn(Section.POSITION_STATEMENT, day).isPresent()
                || g.unknownOn(Section.POSITION_STATEMENT, before).isPresent()
                || before.isBefore(g.originalEffectiveDate())) {
            return; // nothing published to compare with
        }
        // Only the two position statements are compared, so only they are built, not whole guidelines.
        if (!Objects.equals(g.decisionOn(before), g.decisionOn(day))) {
            d.error(DiagnosticCode.C012, r.at(), "the entry of " + day
                    + " says the position statement did not change, but it differs from the one in force the day before");
        }
    }

    // Additions named in words rather than by code: a program exception, LOINC documentation.
    private void checkNamedAdditions(Revision r) {
        String text = r.text().toLowerCase(Locale.ROOT);
        if (text.contains("added medicare advantage products program exception")) {
            boolean found = g.programExceptions().exceptions().stream().anyMatch(e ->
                    e.lineOfBusiness() == LineOfBusiness.MEDICARE_ADVANTAGE && r.effective().equals(e.validity().added()));
            if (!found) {
                d.error(DiagnosticCode.C012, r.at(), "the entry of " + r.effective()
                        + " adds the Medicare Advantage program exception, but no such exception is added on that date");
            }
        }
        if (text.contains("added loinc codes")) {
            boolean found = g.billing().documentation().requirements().stream()
                    .anyMatch(x -> r.effective().equals(x.validity().added()));
            if (!found) {
                d.error(DiagnosticCode.C012, r.at(), "the entry of " + r.effective()
                        + " adds LOINC codes, but no document requirement is added on that date");
            }
        }
    }

    private void checkDatesAreRevisions() {
        for (DatedClause x : DatedClause.of(g)) {
            for (LocalDate date : new LocalDate[] {x.validity().added(), x.validity().deleted()}) {
                if (date != null && !revisionDates.contains(date)) {
                    d.error(DiagnosticCode.C011, x.at(), x.what() + " changes on " + date
                                    + ", which is not a date of the update history",
                            "content changes only with a revision: add `revision '" + date + "', '...'` or use a revision's date");
                }
            }
        }
        g.unknownPeriods().forEach(u -> {
            if (!revisionDates.contains(u.before())) {
                d.error(DiagnosticCode.C011, u.at(), "`" + (u.from() == null ? "unknownBefore" : "unknown") + "` names "
                        + u.before() + ", which is not a date of the update history");
            }
            // An interval that starts within a revision would leave that revision's plan half known.
            if (u.from() != null && !revisionDates.contains(u.from()) && !u.from().equals(g.originalEffectiveDate())) {
                d.error(DiagnosticCode.C011, u.at(), "`unknown` starts on " + u.from()
                        + ", which is neither a date of the update history nor the original effective date");
            }
        });
    }
}
