package io.coverkit.dsl;

import static io.coverkit.dsl.ArgType.BOOLEAN;
import static io.coverkit.dsl.ArgType.CLOSED_FIELD;
import static io.coverkit.dsl.ArgType.CODE_SYSTEM;
import static io.coverkit.dsl.ArgType.COUNT;
import static io.coverkit.dsl.ArgType.MODIFIER;
import static io.coverkit.dsl.ArgType.PLACE_OF_SERVICE;
import static io.coverkit.dsl.ArgType.DATE;
import static io.coverkit.dsl.ArgType.DATED;
import static io.coverkit.dsl.ArgType.OCCURRENCE;
import static io.coverkit.dsl.ArgType.DRUG_STATUS;
import static io.coverkit.dsl.ArgType.FOLLOW;
import static io.coverkit.dsl.ArgType.ICD10;
import static io.coverkit.dsl.ArgType.PRIOR_AUTHORIZATION;
import static io.coverkit.dsl.ArgType.THERAPY_KIND;
import static io.coverkit.dsl.ArgType.THERAPY_OUTCOME;
import static io.coverkit.dsl.ArgType.GUIDELINE_ID;
import static io.coverkit.dsl.ArgType.ID;
import static io.coverkit.dsl.ArgType.LINE_OF_BUSINESS;
import static io.coverkit.dsl.ArgType.LOINC;
import static io.coverkit.dsl.ArgType.NUMBER;
import static io.coverkit.dsl.ArgType.PLAN_LINE;
import static io.coverkit.dsl.ArgType.PROCEDURE_CODE;
import static io.coverkit.dsl.ArgType.SEX;
import static io.coverkit.dsl.ArgType.SPAN;
import static io.coverkit.dsl.ArgType.TEMPLATE;
import static io.coverkit.dsl.ArgType.WHOLE;
import static io.coverkit.dsl.ArgType.TEXT;
import static io.coverkit.dsl.ArgType.UNSTATED;
import static io.coverkit.dsl.Param.optional;
import static io.coverkit.dsl.Param.required;

import io.coverkit.dsl.Keyword.Occurs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The policy vocabulary, declared once. The reader, the diagnostics' "did you mean", and the
 * vocabulary reference all derive from this declaration; nothing else may appear in a policy.
 */
public final class Vocabulary {

    private static final List<Keyword> KEYWORDS = declare();
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private final Map<Block, Map<String, Keyword>> byBlock = new LinkedHashMap<>();

    private Vocabulary() {
        for (Keyword k : KEYWORDS) {
            byBlock.computeIfAbsent(k.in(), b -> new LinkedHashMap<>()).put(k.name(), k);
        }
    }

    private static final Vocabulary STANDARD = new Vocabulary();

    /** The one vocabulary policy files are written in. */
    public static Vocabulary standard() {
        return STANDARD;
    }

    /** Every keyword, in declaration order. */
    public List<Keyword> keywords() {
        return KEYWORDS;
    }

    /** The keyword {@code name} as it may appear in {@code block}. */
    public Optional<Keyword> find(Block block, String name) {
        return Optional.ofNullable(byBlock.getOrDefault(block, Map.of()).get(name));
    }

    /** The keywords allowed in {@code block}. */
    public List<Keyword> allowedIn(Block block) {
        return List.copyOf(byBlock.getOrDefault(block, Map.of()).values());
    }

    /** The blocks other than {@code block} where {@code name} is a keyword. */
    public List<Block> blocksOf(String name) {
        List<Block> blocks = new ArrayList<>();
        byBlock.forEach((block, words) -> {
            if (words.containsKey(name)) {
                blocks.add(block);
            }
        });
        return blocks;
    }

    /** The keyword of {@code block} closest in spelling to {@code name}, if any is close. */
    public Optional<String> closest(Block block, String name) {
        return closestOf(byBlock.getOrDefault(block, Map.of()).keySet(), name);
    }

    /** The candidate closest in spelling to {@code name}, within three edits. */
    static Optional<String> closestOf(Iterable<String> candidates, String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = DISTANCE.apply(candidate.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Keyword word(
            String name, Block in, List<Param> positional, List<Param> named, Block body, Occurs occurs, String help) {
        return new Keyword(name, in, positional, named, null, body, occurs, help);
    }

    /** {@code added:} and {@code deleted:}, which every dated clause takes, after its own named arguments. */
    private static List<Param> dated(Param... named) {
        List<Param> all = new ArrayList<>(List.of(named));
        all.add(optional("added", DATE, "the revision that added it; since the original effective date when left out"));
        all.add(optional("deleted", DATE, "the revision that deleted it; still in force when left out"));
        return List.copyOf(all);
    }

    /**
     * The arguments every criterion takes after its own: its published text, the reading chosen
     * where that text is ambiguous, its id, and its dates.
     */
    private static List<Param> criterion(String idHelp, Param... own) {
        List<Param> all = new ArrayList<>(List.of(own));
        all.add(optional("text", TEXT, "the criterion as published"));
        all.add(optional("reading", TEXT, "the interpretation chosen where the text is ambiguous; cited in findings"));
        all.add(optional("id", ID, idHelp));
        return dated(all.toArray(new Param[0]));
    }

    private static Keyword paragraph(Block in) {
        return word("paragraph", in, List.of(required("text", TEXT, "the paragraph, verbatim")), dated(), null,
                Occurs.MANY, "A paragraph of the published text, carried word for word.");
    }

    private static Keyword unknownBefore(Block in) {
        return word("unknownBefore", in, List.of(required("date", DATE, "the first date the section's content is known")),
                List.of(required("reason", TEXT, "why the published text does not reveal it")), null, Occurs.OPTIONAL,
                "Records that the published text does not reveal this section before a date; requests decided "
                        + "under a revision before it are told so and never decided by later rules.");
    }

    /**
     * {@code unstated:} on a criterion whose fact a request may leave out: how it reads the fact
     * when the request does not state it.
     */
    private static Param unstated() {
        return optional("unstated", UNSTATED, "`absent`: a fact the request does not state is absent (the determination "
                + "says it assumed so); `unknown`: always unknown, even where its field is complete; left out: absent only "
                + "where the guideline (`closedWorld`) or the request (`complete`) declares its field complete");
    }

    private static Keyword unknownBetween(Block in) {
        return word("unknown", in, List.of(),
                List.of(optional("from", DATE, "the first date whose content is unknown; the original effective date when left out"),
                        required("to", DATE, "the first date the content is known again"),
                        required("reason", TEXT, "why the published text does not reveal it")), null, Occurs.MANY,
                "Records that the published text does not reveal this section from one date to another, such as "
                        + "versions of a history whose text is not stored; requests decided under a revision in that "
                        + "interval are told so and never decided by other revisions' rules.");
    }

    private static Keyword section(String name, Block body, Occurs occurs, String help) {
        return word(name, Block.GUIDELINE, List.of(), List.of(sectionHeading()), body, occurs, help);
    }

    /** The heading a section may carry when the publisher's differs from the template's. */
    private static Param sectionHeading() {
        return optional("heading", TEXT, "the section's published heading, where it differs from the template's");
    }

    private static Keyword heading(Block in) {
        return word("heading", in, List.of(required("text", TEXT, "the heading, verbatim")), dated(), null,
                Occurs.MANY, "A sub-heading of the published text, printed where it is written (between criteria, "
                        + "it ends the list above it).");
    }

    /** The filters every therapy criterion takes: which drugs of the drug list it counts. */
    private static Param[] therapyFilter(Param... own) {
        List<Param> all = new ArrayList<>(List.of(
                optional("drug", ID, "one drug of the drug list, by id"),
                optional("drugClass", ID, "one therapeutic class of the drug list"),
                optional("preferred", BOOLEAN, "true: only preferred drugs; false: only non-preferred ones"),
                optional("sameClass", BOOLEAN, "true: only drugs of the requested drug's class"),
                optional("therapyClass", ID, "one class of the therapy class registry (`therapyClass`): drugs or "
                        + "therapies the drug list does not hold, such as topical-corticosteroids or phototherapy")));
        all.addAll(List.of(own));
        return all.toArray(new Param[0]);
    }

    /** How many alternatives a claim context criterion may name ("KX, GA or GZ"). */
    static final int ALTERNATIVES = 8;

    /** A required first value and optional further ones, any of which meets the criterion. */
    private static List<Param> alternatives(String name, ArgType type, String help) {
        return alternatives(name, type, help, true);
    }

    private static List<Param> alternatives(String name, ArgType type, String help, boolean firstRequired) {
        List<Param> all = new ArrayList<>();
        all.add(new Param(name, type, firstRequired, help));
        for (int i = 2; i <= ALTERNATIVES; i++) {
            all.add(optional("or", type, "another " + name + " that also meets it"));
        }
        return List.copyOf(all);
    }

    /** Which procedures a claim criterion looks at, before the criterion's own named arguments. */
    private static Param[] codeFilter(Param... own) {
        List<Param> all = new ArrayList<>(List.of(
                optional("code", PROCEDURE_CODE, "only procedures of this code"),
                optional("group", ID, "only procedures of this code group")));
        all.addAll(List.of(own));
        return all.toArray(new Param[0]);
    }

    private static Keyword scope(String name, List<Param> positional, List<Param> named, String help) {
        List<Param> all = new ArrayList<>(named);
        all.addAll(blockDated());
        return word(name, Block.CRITERIA, positional, all, Block.CRITERIA, Occurs.MANY, help + BLOCK_DATES);
    }

    /** The help sentence of a block that takes {@code added:} and {@code deleted:} for everything inside. */
    static final String BLOCK_DATES = " With `added:`/`deleted:`, every clause inside takes those dates, so a whole "
            + "block is dated once.";

    /**
     * {@code added:} and {@code deleted:} on a block: every clause inside is in force only within
     * them (a clause's own dates must fall within its block's). Other families' blocks take them too.
     */
    static List<Param> blockDated() {
        return List.of(
                optional("added", DATE, "the revision (effective date) that added the whole block"),
                optional("deleted", DATE, "the revision (effective date) that deleted the whole block"));
    }

    private static List<Keyword> criteria(Block in) {
        return List.of(
                word("anyOf", in, List.of(), blockDated(), Block.CRITERIA, in == Block.CRITERIA ? Occurs.MANY : Occurs.OPTIONAL,
                        "Met when at least one of the criteria inside is met." + BLOCK_DATES),
                word("allOf", in, List.of(), blockDated(), Block.CRITERIA, in == Block.CRITERIA ? Occurs.MANY : Occurs.OPTIONAL,
                        "Met when every criterion inside is met." + BLOCK_DATES));
    }

    /**
     * Family 10 (structure), helper pap: generic sections that hold prose, tables, labelled fields,
     * sub-sections and criteria, so criteria may live in any section of the published document.
     * Real example (LCD L33718): {@code section('Coverage Indications, Limitations, and/or Medical
     * Necessity') { paragraph 'For any item to be covered by Medicare, ...'; allOf { ... } }}.
     */
    private static List<Keyword> genericSections() {
        List<Keyword> k = new ArrayList<>();
        String sectionHelp = "A section of the published document under its own heading, holding prose, tables, labelled "
                + "fields, sub-sections and criteria in the order written. Its criteria join the decision: every "
                + "criterion of every section must hold, together with the position statement's (if any), the position "
                + "statement's first, then each section's in the order written; a section with prose only decides nothing.";
        for (Block in : List.of(Block.GUIDELINE, Block.SECTION)) {
            k.add(word("section", in, List.of(required("heading", TEXT, "the section's heading, verbatim")), dated(),
                    Block.SECTION, Occurs.MANY, sectionHelp));
        }
        k.add(paragraph(Block.SECTION));
        k.add(heading(Block.SECTION));
        k.add(unknownBefore(Block.SECTION));
        k.add(word("anyOf", Block.SECTION, List.of(), blockDated(), Block.CRITERIA, Occurs.MANY,
                "Criteria of the section: met when at least one of the criteria inside is met." + BLOCK_DATES));
        k.add(word("allOf", Block.SECTION, List.of(), blockDated(), Block.CRITERIA, Occurs.MANY,
                "Criteria of the section: met when every criterion inside is met." + BLOCK_DATES));
        k.add(word("field", Block.SECTION, List.of(required("label", TEXT, "the label, verbatim"),
                        optional("value", TEXT, "the value, verbatim; left out, the template supplies it")), dated(),
                null, Occurs.MANY, "A labelled line of a document information block, such as `field 'Notice Period Start "
                        + "Date', '06/24/2021'`. Left without a value, the `cms-lcd` template prints the guideline's own: "
                        + "`LCD ID` (the document number in force), `LCD Title`, `Original Effective Date` and "
                        + "`Revision Effective Date` (\"For services performed on or after\" the date)."));
        k.add(word("table", Block.SECTION, List.of(optional("caption", TEXT, "a line printed above the header")), dated(),
                Block.TABLE, Occurs.MANY, "A table of the published text that decides nothing, row by row."));
        k.add(word("columns", Block.TABLE, cells("heading"), List.of(), null, Occurs.OPTIONAL,
                "The table's column headings, verbatim; at most " + MAX_CELLS + " columns."));
        k.add(word("row", Block.TABLE, cells("cell"), dated(), null, Occurs.MANY,
                "One row of the table, cell by cell, verbatim; at most " + MAX_CELLS + " cells."));
        k.add(word("codes", Block.SECTION, List.of(required("system", CODE_SYSTEM, "CPT or HCPCS")), List.of(),
                Block.CODES, Occurs.MANY, "Codes in scope of the guideline, printed where written as a table of code "
                        + "and description (an LCD's coding information); they join the codes of `billingCoding`."));
        k.add(word("diagnosisCodes", Block.SECTION, List.of(required("name", ID, "the list's name, such as osa")),
                List.of(optional("reading", TEXT, "how the codes were chosen where the text names none")),
                Block.DIAGNOSES, Occurs.MANY, "Declares a named list of ICD-10-CM codes for `diagnosis` criteria, as in "
                        + "`positionStatement`; printed in the encoding notes."));
        return k;
    }

    /**
     * The outcome statements (family 9, helper `context`), as they may appear in {@code in}: the
     * position statement, or a generic section (an LCD states its denials under its own headings).
     */
    private static List<Keyword> outcomeStatements(Block in) {
        Param text = required("text", TEXT, "the statement, verbatim");
        Param id = optional("id", ID, "stable id; derived from the text when left out");
        return List.of(
                word("notCoveredAsSubmitted", in, List.of(text), dated(id), Block.CRITERIA, Occurs.MANY,
                        "A statement that a claim is not covered as submitted (a wrong code, a missing or misused modifier) "
                                + "when all the criteria inside are met; such a request is decided NOT_COVERED_AS_SUBMITTED, "
                                + "before any clinical criterion."),
                word("priorAuthorizationRequired", in, List.of(text), dated(id), Block.CRITERIA, Occurs.MANY,
                        "A statement that prior authorization is required when all the criteria inside are met (write "
                                + "`none { authorizationOnFile current: true }` for \"and none is on file\"); such a request is "
                                + "decided PRIOR_AUTHORIZATION_REQUIRED, after `notCoveredAsSubmitted` and before any clinical "
                                + "criterion."),
                word("pendForReview", in, List.of(text), dated(id), Block.CRITERIA, Occurs.MANY,
                        "A statement that a request is referred for clinical review (such as by a medical director) when all "
                                + "the criteria inside are met; such a request is decided PEND_FOR_REVIEW, after `experimental` "
                                + "and before the criteria."),
                word("coveredUnderStudy", in, List.of(text),
                        dated(required("study", ArgType.STUDY_KIND, "`ced` (coverage with evidence development) or `ide` "
                                + "(investigational device exemption)"), id), Block.CRITERIA, Occurs.MANY,
                        "Coverage only for a member enrolled in a study or registry, for requests the criteria do not cover: "
                                + "when all the criteria inside are met and the request's `studies` hold an enrollment of the "
                                + "kind, the request is decided COVERED_UNDER_STUDY (once documented); without one, "
                                + "NOT_MEDICALLY_NECESSARY."));
    }

    /** The most columns a table of the vocabulary has: the widest published table seen has five. */
    static final int MAX_CELLS = 6;

    private static List<Param> cells(String what) {
        List<Param> cells = new ArrayList<>();
        cells.add(required(what + "1", ArgType.CELL, "the first " + what + ", verbatim"));
        for (int i = 2; i <= MAX_CELLS; i++) {
            cells.add(optional(what + i, ArgType.CELL, "the next " + what + ", verbatim"));
        }
        return cells;
    }

    private static List<Keyword> declare() {
        List<Keyword> k = new ArrayList<>();
        k.add(word("guideline", Block.FILE, List.of(required("id", GUIDELINE_ID, "the guideline's number, such as 04-77260-19")),
                List.of(), Block.GUIDELINE, Occurs.ONCE, "A medical coverage guideline; the file holds exactly one."));

        k.add(word("title", Block.GUIDELINE, List.of(required("title", TEXT, "the subject line")), List.of(), null,
                Occurs.ONCE, "The guideline's subject, as published."));
        k.add(word("originalEffectiveDate", Block.GUIDELINE, List.of(required("date", DATE, "yyyy-MM-dd")), List.of(),
                null, Occurs.ONCE, "The date the guideline first took effect; earlier dates of service are out of scope."));
        k.add(word("reviewed", Block.GUIDELINE, List.of(required("date", DATE, "yyyy-MM-dd")), List.of(), null,
                Occurs.OPTIONAL, "The date of the last review."));
        k.add(word("revised", Block.GUIDELINE, List.of(required("date", DATE, "yyyy-MM-dd")), List.of(), null,
                Occurs.OPTIONAL, "The date of the last revision; it must match the newest update history entry."));
        k.add(word("template", Block.GUIDELINE, List.of(required("template", TEMPLATE, "the publisher's document template")),
                List.of(), null, Occurs.OPTIONAL, "The layout the guideline is published in: its header and section "
                        + "headings, and which sections print when empty (`florida-blue-mcg` when left out)."));
        k.add(word("documentType", Block.GUIDELINE, List.of(required("text", TEXT, "the kind of document, verbatim")),
                List.of(), null, Occurs.OPTIONAL, "The kind of document printed above the title, such as a decision memo's."));
        k.add(word("documentNumber", Block.GUIDELINE, List.of(required("text", TEXT, "the number, verbatim")), dated(),
                null, Occurs.MANY, "The document's number printed under the title, such as a CMS CAG number; dated "
                        + "when a revision renumbers it."));
        k.add(word("disclaimer", Block.GUIDELINE, List.of(required("text", TEXT, "the notice, verbatim")), List.of(),
                null, Occurs.OPTIONAL, "The notice printed above the guideline."));
        k.add(section("description", Block.PROSE, Occurs.OPTIONAL, "The DESCRIPTION section."));
        k.add(section("positionStatement", Block.POSITION_STATEMENT, Occurs.OPTIONAL,
                "The POSITION STATEMENT section: its prose and the criteria that decide medical necessity; "
                        + "a guideline whose criteria all live in `section`s may leave it out."));
        k.add(section("billingCoding", Block.BILLING, Occurs.OPTIONAL,
                "The BILLING/CODING INFORMATION section: the codes in scope and the documentation required; "
                        + "a pharmacy guideline has a `drugList` instead."));
        k.add(section("reimbursement", Block.PROSE, Occurs.OPTIONAL, "The REIMBURSEMENT INFORMATION section."));
        k.add(section("programExceptions", Block.PROGRAM_EXCEPTIONS, Occurs.OPTIONAL,
                "The PROGRAM EXCEPTIONS section: lines of business that defer elsewhere or carry a note."));
        k.add(section("definitions", Block.PROSE, Occurs.OPTIONAL, "The DEFINITIONS section."));
        k.add(section("relatedGuidelines", Block.PROSE, Occurs.OPTIONAL, "The RELATED GUIDELINES section."));
        k.add(section("other", Block.OTHER, Occurs.OPTIONAL, "The OTHER section."));
        k.add(section("references", Block.REFERENCES, Occurs.OPTIONAL, "The REFERENCES section, numbered in order."));
        k.add(word("committeeApproval", Block.GUIDELINE, List.of(required("text", TEXT, "the statement, verbatim")),
                List.of(required("date", DATE, "the approval date, yyyy-MM-dd")), null, Occurs.OPTIONAL,
                "The COMMITTEE APPROVAL statement and the date it names."));
        k.add(section("updateHistory", Block.UPDATE_HISTORY, Occurs.ONCE,
                "The GUIDELINE UPDATE INFORMATION: every dated revision, oldest first."));

        for (Block prose : List.of(Block.PROSE, Block.POSITION_STATEMENT, Block.CRITERIA, Block.BILLING, Block.DOCUMENTATION,
                Block.OTHER)) {
            k.add(paragraph(prose));
        }
        k.add(heading(Block.POSITION_STATEMENT));
        k.add(heading(Block.CRITERIA));
        k.addAll(criteria(Block.POSITION_STATEMENT));
        k.addAll(criteria(Block.CRITERIA));
        k.add(word("indication", Block.CRITERIA, List.of(required("text", TEXT, "the indication, verbatim")),
                dated(optional("id", ID, "stable id requests use; derived from the text when left out")), null,
                Occurs.MANY, "An indication of the position statement; met when the request names its id."));

        k.add(word("age", Block.CRITERIA, List.of(),
                criterion("stable id; age-<min>-<max> when left out",
                        optional("min", WHOLE, "the youngest age that meets it, in whole years"),
                        optional("max", WHOLE, "the oldest age that meets it, in whole years")),
                null, Occurs.MANY, "Met when the member's age on the date of service is within the bounds, both inclusive; "
                        + "a year is complete on the birthday itself. Unknown without a birth date."));
        k.add(word("sex", Block.CRITERIA, List.of(required("sex", SEX, "F or M")),
                criterion("stable id; sex-<f|m> when left out"),
                null, Occurs.MANY, "Met when the request states this sex for the member; unknown when it states none or U."));
        k.add(word("fact", Block.CRITERIA, List.of(required("name", ID, "the fact's id, such as asymptomatic")),
                criterion("stable id; the fact's name when left out", unstated()),
                null, Occurs.MANY, "Met when the request states the clinical fact as true, not met when false, "
                        + "unknown when it does not state it."));

        k.add(word("quantity", Block.CRITERIA, List.of(required("name", ID, "the observation or derived quantity, such as pack-years")),
                criterion("stable id; the quantity's name when left out",
                        optional("atLeast", NUMBER, "a lower bound, met at this value and above"),
                        optional("moreThan", NUMBER, "a lower bound, met above this value, not at it"),
                        optional("atMost", NUMBER, "an upper bound, met at this value and below"),
                        optional("lessThan", NUMBER, "an upper bound, met below this value, not at it"),
                        optional("unit", TEXT, "the bounds' unit (UCUM, such as `%`, `mm[Hg]`, kg/m2); an observation in "
                                + "another unit is converted only where that is exact (`1` and `%`), else not compared"),
                        optional("method", ID, "only observations measured by this method count, such as `echo`")),
                null, Occurs.MANY, "Compares a quantity the request states as an observation (its latest on or before "
                        + "the date of service, of the method when one is named), or one the position statement derives, "
                        + "with one bound or two (one lower, one upper: `atLeast: 5, lessThan: 15` is one criterion); "
                        + "unknown when not stated. Numbers are exact decimals (`0.35`), never rounded."));
        k.add(word("since", Block.CRITERIA, List.of(required("event", ID, "the event's code, such as quit-smoking")),
                criterion("stable id; <event>-within-<span> when left out", unstated(),
                        required("within", SPAN, "how long before the date of service the event may be"),
                        optional("exclusive", BOOLEAN, "true when an event exactly that long ago does not count"),
                        optional("before", ID, "another event the window counts back from, instead of the date of service")),
                null, Occurs.MANY, "Met when the request states the event on or before the date of service and within "
                        + "the span (inclusive unless `exclusive: true`); unknown when it states no such event."));
        k.add(word("oncePer", Block.CRITERIA, List.of(required("per", SPAN, "the span, such as 1.year")),
                criterion("stable id; once-per-<span> when left out"),
                null, Occurs.MANY, "Not met when the request states a prior service of this guideline's codes less than "
                        + "the span before the date of service; one exactly the span before does not count."));
        k.add(word("derive", Block.POSITION_STATEMENT, List.of(required("name", ID, "the derived quantity, such as pack-years")),
                List.of(required("from", ID, "the first observation, such as packs-per-day"),
                        optional("times", ID, "the observation it is multiplied by, such as years-smoked"),
                        optional("over", ID, "the observation it is divided by (a ratio), such as fvc")),
                null, Occurs.MANY, "Declares a quantity as the product (`times:`) or the ratio (`over:`) of two "
                        + "observations, for `quantity` criteria; a ratio is compared without dividing, so nothing is rounded."));

        k.add(word("diagnosis", Block.CRITERIA, List.of(required("list", ID, "the diagnosis list, declared with `diagnosisCodes`")),
                criterion("stable id; diagnosis-<list> when left out", unstated()),
                null, Occurs.MANY, "Met when a diagnosis on the request is in the list; not met when the request states "
                        + "diagnoses and none is; unknown when it states none."));
        k.add(word("diagnosisCodes", Block.POSITION_STATEMENT, List.of(required("name", ID, "the list's name, such as osteoporosis")),
                List.of(optional("reading", TEXT, "how the codes were chosen where the text names none")),
                Block.DIAGNOSES, Occurs.MANY, "Declares a named list of ICD-10-CM codes and ranges for `diagnosis` criteria."));
        k.add(word("icd10", Block.DIAGNOSES, List.of(required("code", ICD10, "the code, or the first code of a range")),
                List.of(optional("through", ICD10, "the last code of the range; codes below it in the hierarchy are included"),
                        optional("reading", TEXT, "why this code or range, where the published text does not name it; "
                                + "shown in the encoding notes")),
                null, Occurs.MANY, "An ICD-10-CM code, or a range in classification order (digits before letters); "
                        + "a code includes the codes below it."));
        k.add(word("tried", Block.CRITERIA, List.of(),
                criterion("stable id; derived from the filter when left out", therapyFilter(
                        optional("atLeast", SPAN, "the trial lasted at least this long (start and end days both count)"),
                        optional("moreThan", SPAN, "the trial lasted longer than this"),
                        optional("outcome", THERAPY_OUTCOME, "the outcome the trial must have had; any when left out"),
                        optional("total", BOOLEAN, "true: the days of every matching therapy add up; false (default): one trial must last"),
                        optional("distinct", WHOLE, "how many different therapies (2 or more) must each meet the outcome and "
                                + "length, as in \"at least two different antihistamines\""))),
                null, Occurs.MANY, "Step therapy: met when the request states a therapy of the drugs the filter admits, "
                        + "started on or before the date of service, with the outcome and length required."));
        k.add(word("taking", Block.CRITERIA, List.of(),
                criterion("stable id; derived from the filter when left out", therapyFilter(
                        optional("otherClass", BOOLEAN, "true: only drugs of a class other than the requested drug's"))),
                null, Occurs.MANY, "Met when the request states a therapy of the drugs the filter admits that is under way "
                        + "on the date of service; write it inside `none` for \"must not be on\"."));
        k.add(word("cap", Block.CRITERIA, List.of(required("limit", SPAN, "the most therapy days allowed, such as 730.days")),
                criterion("stable id; cap-<limit> when left out", therapyFilter(
                        optional("per", SPAN, "count within this span before the date of service; a lifetime when left out"))),
                null, Occurs.MANY, "Met while the member's days of matching therapy before the date of service are fewer than "
                        + "the limit; an approval is shortened to the days left."));
        k.add(word("prerequisite", Block.CRITERIA, List.of(required("service", ID, "the prerequisite's id, such as counseling-visit")),
                criterion("stable id; the service's id when left out", unstated(),
                        required("system", CODE_SYSTEM, "the code system of the prerequisite service"),
                        required("code", PROCEDURE_CODE, "the code that bills the prerequisite service")),
                Block.ELEMENTS, Occurs.MANY, "Met when the request states the prerequisite service on or before the date of "
                        + "service with every element listed inside documented."));
        k.add(word("element", Block.ELEMENTS, List.of(required("id", ID, "the element's id; requests list it")),
                List.of(required("text", TEXT, "the element as published")), null, Occurs.MANY,
                "An element the prerequisite's record must document."));
        k.add(word("order", Block.CRITERIA, List.of(),
                criterion("stable id; order when left out", unstated(),
                        optional("written", BOOLEAN, "true: the order must be written"),
                        optional("during", ID, "the prerequisite visit the order must be given during"),
                        optional("byPractitioner", BOOLEAN, "true: the order must name a physician or qualified non-physician practitioner")),
                null, Occurs.MANY, "Met when the request states an order for the service on or before the date of service, "
                        + "as the arguments require."));
        // ---- Issue 17, families 3 and 7 (helper time): time relations and aggregation over dated series ----
        // Uses from real guidelines: RealExamples (printed by the vocabulary reference).
        k.add(word("occurred", Block.CRITERIA, List.of(required("event", OCCURRENCE,
                        "what happened: an event id, `prior:CODE` or `therapy:ID` (its start)")),
                criterion("stable id; <event>-before-<anchor> or <event>-after-<anchor> when left out",
                        optional("before", DATED, "the anchor the event must come before (on its day or earlier)"),
                        optional("after", DATED, "the anchor the event must come after (on its day or later)"),
                        optional("atLeast", SPAN, "the event is at least this far from the anchor"),
                        optional("moreThan", SPAN, "the event is further than this from the anchor"),
                        optional("atMost", SPAN, "the event is at most this far from the anchor"),
                        optional("lessThan", SPAN, "the event is nearer than this to the anchor")),
                null, Occurs.MANY, "An event relative to an anchor: met when the request states an occurrence of the "
                        + "event, on or before the date of service, within the window `before:` or `after:` the anchor "
                        + "(`service`, an event, `prior:CODE` or `therapy:ID`; its latest occurrence on or before the date "
                        + "of service). Days are counted from the anchor's own day, day 0: `after: 'pap-start', atLeast: "
                        + "31.days, atMost: 91.days` is the 31st through the 91st day after it, both included. Without a "
                        + "lower bound the anchor's own day counts (a date has no time of day); write `moreThan: 0.days` "
                        + "for a strictly earlier or later day. Unknown when the request states no occurrence of the "
                        + "event or of the anchor."));
        k.add(word("lasted", Block.CRITERIA, List.of(required("therapy", ID, "the therapy's drug or class id, as requests state it")),
                criterion("stable id; <therapy>-lasted-<span> when left out",
                        optional("atLeast", SPAN, "the therapy lasted at least this long"),
                        optional("moreThan", SPAN, "the therapy lasted longer than this")),
                null, Occurs.MANY, "How long a therapy lasted: met when the request states a therapy of the drug or class, "
                        + "started on or before the date of service, whose days (start and end both counted; an ongoing "
                        + "therapy through the date of service) reach the span: 3 months from 2024-01-01 is through "
                        + "2024-03-31. Unknown when the request states no such therapy."));
        k.add(word("adherence", Block.CRITERIA, List.of(required("code", ID, "the observation recorded each day, such as pap-usage-hours")),
                criterion("stable id; <code>-adherence when left out",
                        required("atLeast", WHOLE, "the amount a day's observations must add up to, such as 4 (hours)"),
                        optional("onPercentOfDays", WHOLE, "the share of the run's days that must reach it, 1 to 100 (rounded up to whole days)"),
                        optional("onDays", WHOLE, "the number of the run's days that must reach it, instead of a percent"),
                        required("inAny", SPAN, "the run of consecutive days, in days or weeks, such as 30.days"),
                        required("within", SPAN, "the period the run must lie in, from the anchor's day, such as 3.months"),
                        required("after", DATED, "the anchor the period starts on, such as therapy:pap"),
                        optional("unit", TEXT, "the unit of the amount; an observation stated in another unit is not compared")),
                null, Occurs.MANY, "Adherence computed from dated observations of one code (one a day, such as nightly hours "
                        + "of use; several on one day add up): met when some run of consecutive days lying whole in the first "
                        + "`within` from the anchor (the anchor's day is its first day) has enough days whose observations "
                        + "reach the amount. A day without an observation counts as a day without use. Unknown when the "
                        + "anchor or every observation of the code is missing. Cost: one pass over the request's observations, "
                        + "a sort only when the code's observations are out of date order, and one pass over the days they fall on."));
        k.add(word("count", Block.CRITERIA, List.of(required("event", OCCURRENCE, "what is counted: an event id, `prior:CODE` or `therapy:ID` (starts)")),
                criterion("stable id; <event>-count-within-<span> when left out",
                        optional("atLeast", WHOLE, "met at this many and more"),
                        optional("atMost", WHOLE, "met at this many and fewer"),
                        required("within", SPAN, "the window, counted back from the anchor's day (both ends included)"),
                        optional("before", DATED, "the anchor the window ends on; the date of service when left out")),
                null, Occurs.MANY, "Counts occurrences in a window: met when the occurrences dated from `within` before the "
                        + "anchor through the anchor's day number within the bounds (\"two or more exacerbations in 12 "
                        + "months\": `count 'exacerbation', atLeast: 2, within: 12.months`). Unknown when the request states "
                        + "no occurrence of the event at all, or no anchor."));
        k.add(word("measured", Block.CRITERIA, List.of(required("code", ID, "the observation, such as lvef")),
                criterion("stable id; <code>-measured-before-<anchor> or -after-<anchor> when left out",
                        optional("before", DATED, "the anchor the measurement must come before"),
                        optional("after", DATED, "the anchor the measurement must come after"),
                        optional("atLeast", SPAN, "the measurement is at least this far from the anchor"),
                        optional("moreThan", SPAN, "the measurement is further than this from the anchor"),
                        optional("atMost", SPAN, "the measurement is at most this far from the anchor"),
                        optional("lessThan", SPAN, "the measurement is nearer than this to the anchor")),
                null, Occurs.MANY, "When the latest observation of a code (on or before the date of service: the one "
                        + "`quantity` compares) was taken, relative to an anchor, counted as `occurred` counts: with "
                        + "`quantity` in an `allOf`, \"LVEF 35% or less measured after at least 3 months of therapy\". "
                        + "Unknown when no dated observation of the code or no anchor is stated."));
        k.add(word("trend", Block.CRITERIA, List.of(required("code", ID, "the observation, such as affected-bsa")),
                criterion("stable id; <code>-falling or <code>-rising when left out",
                        required("falling", BOOLEAN, "true: the latest must be lower than the baseline; false: higher"),
                        optional("atLeast", WHOLE, "the change is at least this much; any change in the direction when left out"),
                        optional("moreThan", WHOLE, "the change is more than this much"),
                        optional("baseline", DATED, "the baseline is the latest observation on or before this anchor; "
                                + "the earliest observation when left out")),
                null, Occurs.MANY, "The change of a measurement from its baseline: met when the latest dated observation "
                        + "of the code (on or before the date of service) is later than the baseline and lower (`falling: "
                        + "true`) or higher by the amount, in the baseline's unit (\"a decrease in arterial PO2 more than 10 "
                        + "mm Hg\": `trend 'arterial-po2', falling: true, moreThan: 10`). Unknown when the request states no "
                        + "baseline or no later observation, or states them in different units."));
        // ---- end of issue 17, families 3 and 7 ----
        k.add(scope("none", List.of(), List.of(), "An exclusion list: met when none of the criteria inside is met (\"must not have\")."));
        k.add(scope("unless", List.of(), List.of(), "Met unless all of the criteria inside are met."));
        k.add(scope("initial", List.of(), List.of(), "Criteria for the initial service only: the request states no earlier "
                + "service of the guideline's codes (nor, for a drug, therapy of the requested drug under way the day before the date of "
                + "service). Met without testing for later services."));
        k.add(scope("subsequent", List.of(), List.of(), "Criteria for subsequent services only: the request states an earlier "
                + "service of the guideline's codes, or therapy of the requested drug under way the day before the date of service. Met "
                + "without testing for the initial one."));
        k.add(scope("forDrug", List.of(required("drug", ID, "the drug of the drug list these criteria are for")),
                List.of(optional("heading", TEXT, "the published heading of these criteria"),
                        optional("text", TEXT, "the published text under the heading, before the criteria")),
                "Additional criteria for a request for one drug; met without testing for any other drug."));
        // --- families 1 and 5 (helper `context`): claim context criteria and code scopes.
        // Uses from real guidelines: RealExamples (printed by the vocabulary reference).
        k.add(word("modifier", Block.CRITERIA, alternatives("modifier", MODIFIER, "a modifier, such as KX"),
                criterion("stable id; modifier-<first modifier> when left out", codeFilter()),
                null, Occurs.MANY, "Met when a requested procedure of the guideline's codes (or of `code:` / `group:`) carries one "
                        + "of the modifiers. Never unknown: the claim's lines are its record, so a modifier no line carries is "
                        + "known absent. Write `none { modifier 'GZ' }` for a modifier that must not be there."));
        k.add(word("units", Block.CRITERIA, List.of(),
                criterion("stable id; units-<bounds> when left out", codeFilter(
                        optional("atLeast", COUNT, "met at this many units and above"),
                        optional("moreThan", COUNT, "met above this many units, not at it"),
                        optional("atMost", COUNT, "met at this many units and below"),
                        optional("lessThan", COUNT, "met below this many units, not at it"),
                        optional("per", SPAN, "also count the units of prior services of those codes less than this span "
                                + "before the date of service"))),
                null, Occurs.MANY, "Compares the units of service requested (of the guideline's codes, or of `code:` / `group:`) "
                        + "with bounds; with `per:`, prior services within the span count too, and one that states no units "
                        + "leaves the criterion unknown."));
        k.add(word("placeOfService", Block.CRITERIA, alternatives("code", PLACE_OF_SERVICE, "a CMS place-of-service code, such as 12 (home)"),
                criterion("stable id; place-of-service-<first code> when left out"),
                null, Occurs.MANY, "Met when the request's `placeOfService` is one of the codes; unknown when the request states none."));
        k.add(word("prescriber", Block.CRITERIA, alternatives("specialty", ID, "a specialty, such as dermatology", false),
                criterion("stable id; prescriber-<first specialty or credential> when left out",
                        optional("credential", ID, "a credential the prescriber may hold instead, such as sleep-medicine-certified"),
                        optional("consultation", BOOLEAN, "true: a specialty the prescriber consulted also counts "
                                + "(\"prescribed by or in consultation with\")")),
                null, Occurs.MANY, "Met when the prescriber's specialty (`priorAuthorization.prescriber`) is one of the specialties, "
                        + "or a credential the request states is `credential:`, or (with `consultation: true`) a consulted "
                        + "specialty is one of them; unknown when the request leaves out what the criterion asks about."));
        k.add(word("channel", Block.CRITERIA, alternatives("channel", ID, "a dispensing channel, such as specialty-pharmacy"),
                criterion("stable id; channel-<first channel> when left out"),
                null, Occurs.MANY, "Met when the request's dispensing channel (`priorAuthorization.channel`) is one of these; "
                        + "unknown when it states none."));
        k.add(word("authorizationOnFile", Block.CRITERIA, List.of(),
                criterion("stable id; authorization-on-file when left out",
                        optional("current", BOOLEAN, "true: the authorization's period must include the date of service"),
                        optional("within", SPAN, "the authorization is current or ended no more than this span before the date of service")),
                null, Occurs.MANY, "Met when the request's `authorizations` hold one for the requested drug or a code of the "
                        + "guideline's, started on or before the date of service (and current, or ended within the span, when "
                        + "asked); unknown when the request leaves `authorizations` out."));
        k.add(word("documented", Block.CRITERIA, List.of(required("element", ID, "what the record documents, such as excessive-daytime-sleepiness")),
                criterion("stable id; documented-<element> when left out",
                        optional("loinc", LOINC, "only a document of this LOINC code counts")),
                null, Occurs.MANY, "Met when a document on file dated on or before the date of service lists the element in its "
                        + "`elements`; not met when the request lists documents and none does; unknown when it lists none."));
        k.add(word("billed", Block.CRITERIA, alternatives("code", PROCEDURE_CODE, "a code of the guideline's", false),
                criterion("stable id; billed-<codes> when left out",
                        optional("group", ID, "a code group declared with `codes(..., group: ...)`"),
                        optional("modifier", MODIFIER, "only a procedure carrying this modifier")),
                null, Occurs.MANY, "Met when the request bills one of the codes (or a code of the group), carrying the modifier "
                        + "when one is given: what a statement about a code tests, such as A52467's \"Claims for A9279 ... are "
                        + "denied\" (`billed 'A9279'`). Never unknown: the claim's lines are its record."));
        k.add(scope("forCodes", alternatives("code", PROCEDURE_CODE, "a code these criteria are for", false),
                List.of(optional("group", ID, "a code group declared with `codes(..., group: ...)`"),
                        optional("modifier", MODIFIER, "only a procedure carrying this modifier, such as RR (rental) or NU (purchase)"),
                        optional("heading", TEXT, "the published heading of these criteria"),
                        optional("text", TEXT, "the published text under the heading, before the criteria")),
                "Criteria for requests of some codes: the codes named, a code group, and/or a modifier. Met without testing "
                        + "when no requested procedure is of those codes (with that modifier); the determination says why."));

        // --- family 9 (helper `context`): outcomes payers use, each decided by a statement whose criteria say
        // which requests it applies to.
        // Uses from real guidelines: RealExamples (printed by the vocabulary reference).
        for (Block in : List.of(Block.POSITION_STATEMENT, Block.SECTION)) {
            k.addAll(outcomeStatements(in));
        }

        k.add(word("experimental", Block.POSITION_STATEMENT, List.of(required("text", TEXT, "the statement, verbatim")),
                dated(optional("id", ID, "stable id; derived from the text when left out")), Block.CRITERIA, Occurs.MANY,
                "A statement that the service is experimental or investigational when all the criteria inside are met; "
                        + "such a request is decided EXPERIMENTAL_INVESTIGATIONAL."));

        // Family 6: therapy classes and non-drug therapies (helper dupilumab). A registry of the
        // classes step therapy runs through, apart from the drug list; `tried`, `taking` and `cap`
        // name them with `therapyClass:`. Real examples are in RealExamples (Ohio UPDL 2024-01).
        k.add(word("therapyClass", Block.POSITION_STATEMENT, List.of(required("id", ID, "the class id criteria and requests name, "
                        + "such as topical-corticosteroids")),
                List.of(required("text", TEXT, "the class in the guideline's words, such as topical corticosteroids"),
                        optional("kind", THERAPY_KIND, "`drug` (the default), `procedure`, `device` or `other`"),
                        optional("reading", TEXT, "how the class was drawn up where the text names no members")),
                Block.THERAPY_CLASS, Occurs.MANY, "Declares a therapy class of the guideline's registry, apart from the drug "
                        + "list and never printed as one: a therapy is of the class when its drug is a `member`, or when the "
                        + "request names the class itself, as it does for a class without members or a therapy that is not a drug "
                        + "(phototherapy, a device trial). The block of members may be left out."));
        // Criteria for one status of the drug list ("Non-Preferred Criteria") or one diagnosis ("Additional
        // Atopic Dermatitis Criteria"), as the Ohio UPDL 2024-01 class pages group them.
        k.add(scope("forStatus", List.of(required("status", DRUG_STATUS, "`preferred` or `non-preferred`")), List.of(),
                "Criteria for a request for a drug of this status on the drug list only; met without testing for the others."));
        k.add(scope("forClass", List.of(required("therapyClass", ID, "the therapy class, declared with `therapyClass`")), List.of(),
                "Criteria for a request for a drug of this therapy class only (a `member` of it); met without testing for others."));
        k.add(scope("forDiagnosis", List.of(required("list", ID, "the diagnosis list, declared with `diagnosisCodes`")), List.of(),
                "Criteria for a request with a diagnosis in the list only; met without testing when the request states "
                        + "diagnoses and none is in it; when it states none, unknown unless the criteria are met anyway."));
        k.add(word("member", Block.THERAPY_CLASS, List.of(required("drug", ID, "the drug's id, on the drug list or not")),
                List.of(), null, Occurs.MANY, "A drug of the therapy class."));

        k.add(word("drugList", Block.GUIDELINE, List.of(optional("caption", TEXT, "the caption printed above the table")),
                List.of(sectionHeading(), optional("columns", TEXT, "the columns printed after the drug's, joined by ` | `, "
                        + "such as `Generic Name | Quantity | Time (Days)`: the list then prints one table per status")),
                Block.DRUGS, Occurs.OPTIONAL, "The preferred drug list of a pharmacy guideline; a request for a listed drug is in scope. "
                        + "In the `medicaid-pdl` template, written before `authorizationLength` it prints before it."));
        k.add(word("drug", Block.DRUGS, List.of(required("name", TEXT, "the name as the list prints it")),
                dated(required("status", DRUG_STATUS, "`preferred` or `non-preferred`"),
                        required("drugClass", ID, "the therapeutic class, such as bisphosphonates"),
                        optional("id", ID, "stable id requests use; derived from the name when left out"),
                        optional("note", TEXT, "the mark printed after the name, such as PA or PA ST")),
                null, Occurs.MANY, "A drug of the list, its status and its therapeutic class."));
        k.add(word("priorAuthorization", Block.GUIDELINE, List.of(),
                List.of(required("required", PRIOR_AUTHORIZATION, "`all`, or `non-preferred` when preferred drugs need none")),
                null, Occurs.OPTIONAL, "Which requests need prior authorization; others are decided NO_PRIOR_AUTHORIZATION_REQUIRED."));
        k.add(word("authorizationLength", Block.GUIDELINE, List.of(required("length", SPAN, "such as 365.days")),
                List.of(optional("text", TEXT, "the length as published, such as 365 Days"), sectionHeading(),
                        optional("subsequent", SPAN, "how long a subsequent approval lasts, where the text gives initial and "
                                + "subsequent lengths (such as Initial: 90 days; Subsequent: 365 days)")), null,
                Occurs.OPTIONAL,
                "How long an approval lasts from the date of service; approvals carry the period. With `subsequent:`, the "
                        + "first length is the initial one, and a request that renews earlier care (an earlier service of the "
                        + "guideline's codes, or therapy of the requested drug under way the day before the date of service) gets the "
                        + "subsequent one."));

        k.add(word("codes", Block.BILLING, List.of(required("system", CODE_SYSTEM, "CPT or HCPCS")),
                List.of(optional("group", ID, "a name criteria use for these codes (`forCodes(group: ...)`), such as bilevel"),
                        optional("caption", TEXT, "the heading the guideline prints above these codes"),
                        optional("reading", TEXT, "why these codes, where the published text does not name them; "
                                + "shown in the encoding notes")),
                Block.CODES, Occurs.MANY, "The codes of one system that this guideline covers; a named group when `group:` is given."));
        k.add(word("code", Block.CODES, List.of(required("code", PROCEDURE_CODE, "the code"),
                        optional("descriptor", TEXT, "the descriptor, only where the guideline prints it")),
                dated(optional("reading", TEXT, "why this code, where the published text does not name it; "
                        + "shown in the encoding notes")), null, Occurs.MANY,
                "A procedure code in scope of the guideline on the dates it is in force."));
        k.add(word("documentation", Block.BILLING, List.of(), List.of(), Block.DOCUMENTATION, Occurs.OPTIONAL,
                "The documentation table: documents that must support the claim."));
        k.add(word("timeFrameModifier", Block.DOCUMENTATION, List.of(required("loinc", LOINC, "the modifier's LOINC code")),
                dated(required("within", SPAN, "the window it means, such as 6.months"),
                        required("narrative", TEXT, "the modifier's narrative, verbatim")),
                null, Occurs.MANY, "A LOINC time frame modifier used by the documentation table."));
        k.add(new Keyword("requiresDocument", Block.DOCUMENTATION, List.of(),
                dated(required("loinc", LOINC, "the document's LOINC code"),
                        optional("name", TEXT, "the document's name as the table prints it"),
                        optional("timeFrame", LOINC, "the time frame modifier's LOINC code"),
                        optional("id", ID, "stable id; loinc-<code> when left out")),
                required("within", SPAN, "how long before the date of service the document may be dated"),
                null, Occurs.MANY,
                "A document that must be on file, dated on or before the date of service and within the window."));

        k.add(word("exception", Block.PROGRAM_EXCEPTIONS, List.of(required("lineOfBusiness", LINE_OF_BUSINESS, "FEP, SAO, ...")),
                dated(optional("heading", TEXT, "the published heading"),
                        optional("text", TEXT, "the published text, verbatim"),
                        optional("follow", FOLLOW, "`program` (the default) defers to the program; `guideline` applies this one"),
                        optional("id", ID, "stable id; the line of business in lower case when left out")),
                null, Occurs.MANY, "A program exception for one line of business."));
        k.add(word("stepTherapyExemption", Block.PROGRAM_EXCEPTIONS, List.of(required("text", TEXT, "the clause, verbatim")),
                dated(required("applies", BOOLEAN, "whether the guideline has a step therapy requirement"),
                        optional("reason", TEXT, "why it does or does not apply")),
                null, Occurs.OPTIONAL, "The step therapy protocol exemption clause, recorded with whether it applies."));

        k.add(word("otherName", Block.OTHER, List.of(required("name", TEXT, "the name")), List.of(), null, Occurs.MANY,
                "Another name used to report the service."));
        k.add(word("reference", Block.REFERENCES, List.of(required("text", TEXT, "the citation, verbatim")), List.of(),
                null, Occurs.MANY, "A reference; numbered by its position."));
        k.add(word("revision", Block.UPDATE_HISTORY, List.of(required("date", DATE, "yyyy-MM-dd, as the history prints it"),
                        required("text", TEXT, "what the revision changed, verbatim")),
                List.of(optional("effective", DATE, "the date its content takes effect, where it differs from the "
                                + "revision's date (earlier or later); decisions and `added:`/`deleted:` use it"),
                        optional("number", TEXT, "the publisher's revision number, such as R11; revisions that share "
                                + "a date need one each")),
                null, Occurs.MANY, "A dated entry of the update history. A request is decided by the revision in force "
                        + "on its date of service: the latest whose effective date is on or before it."));
        k.add(word("correction", Block.UPDATE_HISTORY, List.of(required("date", DATE, "the day the correction was made"),
                        required("reason", TEXT, "what was corrected and why")),
                List.of(), null, Occurs.MANY,
                "Records a deliberate change to content already in force on past dates; without one, "
                        + "`coverkit check` reports such a change as an error."));
        for (Block block : List.of(Block.POSITION_STATEMENT, Block.DOCUMENTATION, Block.PROGRAM_EXCEPTIONS)) {
            k.add(unknownBefore(block));
        }
        k.addAll(genericSections());

        // Numbers, closed-world facts, versioning and lines of business (issue 17, families 2, 4, 8, 10;
        // helper `numbers`).
        // Uses from real guidelines: RealExamples (printed by the vocabulary reference).
        for (Block block : List.of(Block.POSITION_STATEMENT, Block.DOCUMENTATION, Block.PROGRAM_EXCEPTIONS)) {
            k.add(unknownBetween(block));
        }
        k.add(word("lineOfBusiness", Block.GUIDELINE, List.of(required("line", PLAN_LINE,
                        "a line of business such as MEDICARE, or a plan-defined line's id")),
                List.of(optional("kind", LINE_OF_BUSINESS, "the line of business a plan-defined line belongs to, such as MEDICAID; "
                                + "required for a plan-defined line, never for a fixed one"),
                        optional("text", TEXT, "the line as the guideline names it, such as Medicare Part A and Part B")),
                null, Occurs.MANY, "Declares a line of business the guideline applies to: a fixed one, such as `MEDICARE` "
                        + "(Traditional Medicare, Part A and Part B), or one a plan defines, with its `kind:`, which requests "
                        + "name in `member.plan`. A guideline that declares lines applies to them alone: a member of another "
                        + "line is NOT_APPLICABLE, with a LINE_OF_BUSINESS_NOT_IN_SCOPE finding; one that declares none "
                        + "applies to every line."));
        k.add(word("closedWorld", Block.POSITION_STATEMENT, List.of(required("field", CLOSED_FIELD,
                        "the request field whose statement is the whole record, such as diagnoses")),
                List.of(optional("reading", TEXT, "why the field is complete, in the analyst's words; shown in the encoding notes")),
                null, Occurs.MANY, "Declares a request field closed-world: what a request states there is the whole record "
                        + "(the diagnoses on a claim, a pharmacy benefit's drug history), so a criterion that finds nothing "
                        + "there is not met rather than unknown, and the determination names the absence it assumed "
                        + "(`ABSENCE_ASSUMED`). A request may declare its own fields complete with `complete`."));
        return List.copyOf(k);
    }
}
