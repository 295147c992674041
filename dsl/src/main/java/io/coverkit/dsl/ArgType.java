package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.ClauseId;
import io.coverkit.model.DateText;
import io.coverkit.model.LineOfBusiness;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of value a keyword's argument may take, each with the check its literal must pass.
 * Values are checked here, in Java, before any model is built.
 */
public enum ArgType {
    TEXT("text in quotes"),
    DATE("a date in quotes, written yyyy-MM-dd, from 1900-01-01 to 2199-12-31"),
    ID("an id: lower-case words joined by hyphens"),
    GUIDELINE_ID("a guideline id: lower-case letters and digits joined by single hyphens or dots, such as 04-77260-19"),
    PROCEDURE_CODE("a procedure code: five letters or digits"),
    CODE_SYSTEM("`CPT` or `HCPCS`"),
    LOINC("a LOINC code such as `28626-0`"),
    LINE_OF_BUSINESS("a line of business: " + Arrays.toString(LineOfBusiness.values())),
    SPAN("a time span such as `6.months`, at most 200 years"),
    DATED("a dated reference: `service` (the date of service), an event id such as `pap-start`, `prior:CODE` "
            + "(a prior service of a procedure code, such as `prior:95810`) or `therapy:ID` (the start of a therapy "
            + "of a drug or class id, such as `therapy:cpap`)"),
    OCCURRENCE("what happened: an event id such as `clinical-re-evaluation`, `prior:CODE` (a prior service, such as "
            + "`prior:95810`) or `therapy:ID` (the start of a therapy of a drug or class id)"),
    WHOLE("a whole number in plain decimal digits, 0 to 200"),
    NUMBER("a number in plain decimal digits, whole or with a fraction, such as `15` or `0.35`: 0 to 999999999, at most 6 digits after the point"),
    SEX("`F` or `M`"),
    BOOLEAN("`true` or `false`"),
    FOLLOW("`program` or `guideline`"),
    ICD10("an ICD-10-CM code such as `M81.0`: a capital letter, two letters or digits, and an optional dot with up to four more"),
    THERAPY_OUTCOME("a therapy outcome: failure, intolerance, allergy, contraindication, completed or ongoing"),
    DRUG_STATUS("`preferred` or `non-preferred`"),
    THERAPY_KIND("a kind of therapy: drug, procedure, device or other"),
    PRIOR_AUTHORIZATION("`all` or `non-preferred`"),
    TEMPLATE("a document template: " + String.join(", ", io.coverkit.model.Layout.TEMPLATES)),
    CLOSED_FIELD("a request field that can be complete: " + String.join(", ", io.coverkit.model.ClosedField.FIELDS)),
    UNSTATED("`absent` or `unknown`"),
    PLAN_LINE("a line of business (" + String.join(", ", java.util.Arrays.stream(LineOfBusiness.values()).map(Enum::name).toList())
            + "), or a plan-defined line's id such as `ohio-medicaid-managed-care`"),
    // claim context (helper `context`)
    MODIFIER("a procedure modifier: two capital letters or digits, such as `KX`"),
    PLACE_OF_SERVICE("a CMS place-of-service code: two digits, such as `12`"),
    COUNT("a whole number in plain decimal digits, 0 to 100000"),
    STUDY_KIND("`ced` (coverage with evidence development) or `ide` (investigational device exemption)");

    /** The therapy outcomes a policy may name; a request states them in upper case. */
    static final List<String> THERAPY_OUTCOMES = List.of("failure", "intolerance", "allergy", "contraindication", "completed", "ongoing");

    private static final java.math.BigDecimal MAX_NUMBER = java.math.BigDecimal.valueOf(999_999_999L);
    private static final Pattern PROCEDURE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");
    private static final Pattern GUIDELINE = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern MODIFIER_CODE = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern PLACE = Pattern.compile("[0-9]{2}");
    private static final Pattern LOINC_CODE = Pattern.compile("[0-9]{1,7}-[0-9]");

    private final String expected;

    ArgType(String expected) {
        this.expected = expected;
    }

    /** What an argument of this type looks like, for messages. */
    public String expected() {
        return expected;
    }

    /** The value class a literal of this type must be. */
    boolean acceptsShape(Value value) {
        return switch (this) {
            case SPAN -> value instanceof Value.Span;
            // A decimal where a whole number belongs is the value's problem (V005), as before decimals were read.
            case WHOLE -> value instanceof Value.Whole || value instanceof Value.Decimal;
            case NUMBER -> value instanceof Value.Whole || value instanceof Value.Decimal;
            case COUNT -> value instanceof Value.Whole;
            case BOOLEAN -> value instanceof Value.Bool;
            default -> value instanceof Value.Text;
        };
    }

    /**
     * Checks a literal of the right shape; returns the problem, if any, as a code and message.
     */
    Optional<Problem> check(Value value) {
        if (value instanceof Value.Decimal decimal && this == WHOLE) {
            return problem(DiagnosticCode.V005, "`" + decimal.value().toPlainString() + "` is not a plain decimal number: "
                    + "it is not a whole number");
        }
        if (value instanceof Value.Whole whole && this == WHOLE) {
            return whole.value() < 0 || whole.value() > 200
                    ? problem(DiagnosticCode.V005, "`" + whole.value() + "` is out of range: 0 to 200")
                    : Optional.empty();
        }
        if (value instanceof Value.Whole whole && this == COUNT) {
            return whole.value() < 0 || whole.value() > 100_000
                    ? problem(DiagnosticCode.V005, "`" + whole.value() + "` is out of range: 0 to 100000")
                    : Optional.empty();
        }
        if (this == NUMBER) {
            java.math.BigDecimal n = value instanceof Value.Decimal d ? d.value()
                    : value instanceof Value.Whole w ? java.math.BigDecimal.valueOf(w.value()) : null;
            return n != null && (n.signum() < 0 || n.compareTo(MAX_NUMBER) > 0 || n.scale() > 6)
                    ? problem(DiagnosticCode.V005, "`" + n.toPlainString() + "` is out of range: 0 to 999999999, "
                            + "at most 6 digits after the point")
                    : Optional.empty();
        }
        if (!(value instanceof Value.Text text)) {
            return Optional.empty();
        }
        String s = text.text();
        return switch (this) {
            case DATE -> DateText.problem(s) == null ? Optional.empty() : problem(DiagnosticCode.V001, "`" + s + "` " + DateText.problem(s));
            case ID -> ClauseId.isValid(s) ? Optional.empty()
                    : ClauseId.isValid(ClauseId.shorten(s)) && s.length() > ClauseId.MAX_LENGTH
                            ? problem(DiagnosticCode.V003, "`" + s + "` is longer than an id may be: at most "
                                    + ClauseId.MAX_LENGTH + " characters")
                            : problem(DiagnosticCode.V003, "`" + s + "` is not a valid id");
            // The id also names files and appears in URLs, so nothing like `../` may pass.
            case GUIDELINE_ID -> s.length() <= 64 && GUIDELINE.matcher(s).matches()
                    ? Optional.empty()
                    : problem(DiagnosticCode.V006, "`" + s + "` is not a valid guideline id");
            case PROCEDURE_CODE -> PROCEDURE.matcher(s).matches()
                    ? Optional.empty()
                    : problem(DiagnosticCode.V002, "`" + s + "` is not a procedure code");
            case CODE_SYSTEM -> s.equals("CPT") || s.equals("HCPCS")
                    ? Optional.empty()
                    : problem(DiagnosticCode.V002, "`" + s + "` is not a procedure code system");
            case LOINC -> LOINC_CODE.matcher(s).matches() && loincCheckDigitHolds(s)
                    ? Optional.empty()
                    : problem(DiagnosticCode.V002, "`" + s + "` is not a valid LOINC code");
            case LINE_OF_BUSINESS -> lineOfBusiness(s).isPresent()
                    ? Optional.empty()
                    : problem(DiagnosticCode.V004, "`" + s + "` is not a line of business");
            case FOLLOW -> s.equals("program") || s.equals("guideline")
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is neither `program` nor `guideline`");
            case SEX -> s.equals("F") || s.equals("M")
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is neither `F` nor `M`");
            case ICD10 -> io.coverkit.model.IcdRange.isCode(s)
                    ? Optional.empty()
                    : problem(DiagnosticCode.V002, "`" + s + "` is not an ICD-10-CM code");
            case THERAPY_OUTCOME -> THERAPY_OUTCOMES.contains(s)
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is not a therapy outcome; expected one of " + THERAPY_OUTCOMES);
            case THERAPY_KIND -> List.of("drug", "procedure", "device", "other").contains(s)
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is not a kind of therapy; expected drug, procedure, device or other");
            case DRUG_STATUS -> s.equals("preferred") || s.equals("non-preferred")
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is neither `preferred` nor `non-preferred`");
            case PRIOR_AUTHORIZATION -> s.equals("all") || s.equals("non-preferred")
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is neither `all` nor `non-preferred`");
            case TEMPLATE -> io.coverkit.model.Layout.TEMPLATES.contains(s)
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is not a document template; expected one of "
                            + io.coverkit.model.Layout.TEMPLATES);
            case MODIFIER -> MODIFIER_CODE.matcher(s).matches()
                    ? Optional.empty()
                    : problem(DiagnosticCode.V002, "`" + s + "` is not a procedure modifier: two capital letters or digits");
            case PLACE_OF_SERVICE -> PLACE.matcher(s).matches()
                    ? Optional.empty()
                    : problem(DiagnosticCode.V002, "`" + s + "` is not a place-of-service code: two digits");
            case STUDY_KIND -> s.equals("ced") || s.equals("ide")
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is neither `ced` nor `ide`");
            case DATED -> TimeRefs.parse(s).isPresent()
                    ? Optional.empty()
                    : problem(DiagnosticCode.V003, "`" + s + "` is not a dated reference: write `service`, an event id, "
                            + "`prior:` and a procedure code, or `therapy:` and a drug or class id");
            case OCCURRENCE -> s.equals("service")
                    ? problem(DiagnosticCode.V005, "`service` is the date of service, an anchor; name what happened, "
                            + "such as an event id")
                    : DATED.check(value);
            case CLOSED_FIELD -> io.coverkit.model.ClosedField.FIELDS.contains(s)
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is not a request field that can be complete; expected one of "
                            + io.coverkit.model.ClosedField.FIELDS);
            case PLAN_LINE -> lineOfBusiness(s).isPresent() || ClauseId.isValid(s)
                    ? Optional.empty()
                    : problem(DiagnosticCode.V004, "`" + s + "` is neither a line of business nor a plan-defined line's id");
            case UNSTATED -> s.equals("absent") || s.equals("unknown")
                    ? Optional.empty()
                    : problem(DiagnosticCode.V005, "`" + s + "` is neither `absent` nor `unknown`");
            case TEXT -> s.isBlank() ? problem(DiagnosticCode.V005, "text must not be empty") : unprintable(s);
            default -> Optional.empty();
        };
    }

    /**
     * A text holding a character the gate forbids in a file's bytes, written as an escape such as
     * {@code '\\u202E'}: such text would reach terminals, pages and determinations, where it can
     * rewrite what is shown. Line breaks and tabs are allowed, as the gate allows them raw; the
     * renderers keep them from forging structure.
     */
    private static Optional<Problem> unprintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (PreParseGate.isForbidden(c, 1)) {
                return problem(DiagnosticCode.V005, String.format(java.util.Locale.ROOT, "text holds the control or "
                        + "bidirectional character U+%04X (written as an escape); write the published text's "
                        + "printable characters only", (int) c));
            }
        }
        return Optional.empty();
    }

    /** The line of business a literal names, if it names one. */
    static Optional<LineOfBusiness> lineOfBusiness(String s) {
        return Arrays.stream(LineOfBusiness.values()).filter(l -> l.name().equals(s)).findFirst();
    }

    // LOINC check digits use the mod-10 algorithm over the digits before the hyphen.
    static boolean loincCheckDigitHolds(String code) {
        String[] parts = code.split("-");
        String digits = parts[0];
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        int check = (10 - sum % 10) % 10;
        return check == parts[1].charAt(0) - '0';
    }

    private static Optional<Problem> problem(DiagnosticCode code, String message) {
        return Optional.of(new Problem(code, message));
    }

    /** A failed value check. */
    record Problem(DiagnosticCode code, String message) {}
}
