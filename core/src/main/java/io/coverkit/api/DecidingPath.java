package io.coverkit.api;

import io.coverkit.api.CriteriaReplay.Judged;
import io.coverkit.api.CriteriaReplay.Truth;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.ClauseId;
import io.coverkit.model.DerivedQuantity;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.Scoped;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The lines of an explanation that follow a judged criterion tree along the path that decided it:
 * for a tree that is met, the alternative that met each "any of" and every part of each "all of";
 * for one that is not, the first part that failed, or every part still unknown, with the clause,
 * the section and the request's fact that decided it.
 */
final class DecidingPath {

    private static final String MUST_NOT = "must not: ";

    private final String guidelineId;
    private final List<DerivedQuantity> derived;
    // Cited when every alternative of an "any of" is an indication the request does not state.
    private final Finding noIndication;

    /**
     * @param derived the quantities the position statement derives, named in what to supply
     * @param noIndication the determination's finding that no indication is met, or null
     */
    DecidingPath(String guidelineId, List<DerivedQuantity> derived, Finding noIndication) {
        this.guidelineId = guidelineId;
        this.derived = derived;
        this.noIndication = noIndication;
    }

    /**
     * Appends why {@code node}, which is met, is met; with {@code detailed}, each line cites its
     * clause, section and evidence (as under an exclusion that failed the request).
     */
    void met(Judged node, int indent, boolean detailed, String heading, StringBuilder out) {
        if (isLeaf(node)) {
            leaf(node, indent, detailed, heading, out);
        } else if (node.criterion() instanceof AnyOf) {
            for (Judged child : node.children()) {
                if (child.truth() == Truth.MET) {
                    met(child, indent, detailed, heading, out);
                    return;
                }
            }
        } else if (node.criterion() instanceof AllOf) {
            for (Judged child : node.children()) {
                met(child, indent, detailed, heading, out);
            }
        } else if (node.criterion() instanceof Not) {
            failed(node.children().get(0), indent, detailed, heading, out);
        } else {
            met(node.children().get(0), indent, detailed, headingOf((Scoped) node.criterion(), heading), out);
        }
    }

    /**
     * Appends why {@code node}, which is not met or unknown, is so: the first part that failed, or
     * every part still unknown (each must be supplied before the request can be decided).
     */
    void failed(Judged node, int indent, boolean detailed, String heading, StringBuilder out) {
        if (isLeaf(node)) {
            leaf(node, indent, detailed, heading, out);
        } else if (node.children().isEmpty()) {
            // An "any of" whose every alternative this revision deleted: never met.
            line(indent, "not met: no criterion of the position statement is in force on this date", out);
        } else if (node.criterion() instanceof AnyOf) {
            alternativesFailed(node, indent, detailed, heading, out);
        } else if (node.criterion() instanceof AllOf) {
            for (Judged child : node.children()) {
                if (child.truth() == node.truth()) {
                    failed(child, indent, detailed, heading, out);
                    if (node.truth() == Truth.NOT_MET) {
                        return;
                    }
                }
            }
        } else if (node.criterion() instanceof Not) {
            Judged child = node.children().get(0);
            if (child.truth() == Truth.MET) {
                met(child, indent, detailed, heading, out);
            } else {
                failed(child, indent, detailed, heading, out);
            }
        } else {
            failed(node.children().get(0), indent, detailed, headingOf((Scoped) node.criterion(), heading), out);
        }
    }

    /** An "any of" that is not met: every alternative failed; or unknown: the alternatives still open. */
    private void alternativesFailed(Judged node, int indent, boolean detailed, String heading, StringBuilder out) {
        if (node.truth() == Truth.NOT_MET && !node.negated() && allAbsentIndications(node.children())) {
            int n = node.children().size();
            line(indent, "no indication met: " + (n == 1 ? "the request does not state the one indication listed"
                    : "the request states none of the " + n + " indications listed"), out);
            if (detailed) {
                Indication first = (Indication) node.children().get(0).criterion();
                String clause = noIndication != null ? noIndication.clause() : ClauseId.qualified(guidelineId, "indication", first.id());
                cite(indent, clause, first.section(), heading, List.of(), "indications", out);
            }
            return;
        }
        Truth wanted = node.truth();
        List<Judged> open = new ArrayList<>();
        for (Judged child : node.children()) {
            if (child.truth() == wanted) {
                open.add(child);
            }
        }
        // One alternative left open is simply needed; a heading would only announce a list of one.
        if (open.size() == 1) {
            failed(open.get(0), indent, detailed, heading, out);
            return;
        }
        line(indent, wanted == Truth.UNKNOWN ? "needs one of these:" : node.negated() ? "none of these holds:"
                : "not met, none of these holds:", out);
        for (Judged child : open) {
            failed(child, indent + 2, detailed, heading, out);
        }
    }

    private static boolean isLeaf(Judged node) {
        return node.criterion() instanceof Indication || node.criterion() instanceof MemberCriterion
                || node.criterion() instanceof Scoped && node.finding() != null;
    }

    private static boolean allAbsentIndications(List<Judged> children) {
        for (Judged c : children) {
            if (!(c.criterion() instanceof Indication) || c.finding() != null) {
                return false;
            }
        }
        return !children.isEmpty();
    }

    /** A criterion about the member, an indication, or a scope skipped, in one line (and its citation). */
    private void leaf(Judged node, int indent, boolean detailed, String heading, StringBuilder out) {
        Finding f = node.finding();
        if (node.criterion() instanceof Scoped) {
            line(indent, "skipped: " + PlainText.of(f.text()), out);
            return;
        }
        if (node.criterion() instanceof Indication i) {
            String text = PlainText.item(i.text());
            boolean stated = f != null;
            line(indent, node.negated()
                    ? (stated ? "criterion not met: " + MUST_NOT + text + " (the request states it)"
                            : "criterion met: " + MUST_NOT + text + " (the request does not state it)")
                    : (stated ? "indication met: " + text : "indication not stated: " + text)
                            + (detailed || i.section().isEmpty() ? "" : " (" + i.section() + ")"), out);
            if (detailed) {
                cite(indent, ClauseId.qualified(guidelineId, "indication", i.id()), i.section(), heading, List.of(), "indications", out);
            }
            return;
        }
        MemberCriterion m = (MemberCriterion) node.criterion();
        if (f == null) {
            line(indent, "not decided: " + PlainText.item(m.text().isEmpty() ? m.id() : m.text()), out);
            return;
        }
        String label = switch (f.kind()) {
            case CRITERION_MET -> "criterion met: ";
            case CRITERION_NOT_MET -> "criterion not met: ";
            default -> "needs: ";
        };
        line(indent, label + display(m, f.text()) + (detailed || f.section().isEmpty() ? "" : " (" + f.section() + ")"), out);
        if (!detailed) {
            return;
        }
        boolean unknown = f.kind() == FindingKind.FACT_UNKNOWN;
        cite(indent, f.clause(), f.section(), heading, unknown ? List.of() : f.evidence(), null, out);
        if (unknown) {
            line(indent + 2, "supply: " + supply(m, f), out);
        }
        if (!m.reading().isEmpty()) {
            line(indent + 2, "reading: " + PlainText.of(m.reading()), out);
        }
    }

    /**
     * The criterion's published text and, in parentheses, the fact that decided it: the finding's
     * text without the reading, which a decisive line prints on its own.
     */
    static String display(MemberCriterion m, String findingText) {
        boolean mustNot = findingText.startsWith(MUST_NOT);
        String body = mustNot ? findingText.substring(MUST_NOT.length()) : findingText;
        String reading = m.reading().isEmpty() ? "" : " [reading: " + m.reading() + "]";
        if (!reading.isEmpty() && body.endsWith(reading)) {
            body = body.substring(0, body.length() - reading.length());
        }
        String because = body;
        String opening = m.text() + " (";
        if (!m.text().isEmpty() && body.startsWith(opening) && body.endsWith(")")) {
            because = body.substring(opening.length(), body.length() - 1);
        } else if (!m.text().isEmpty()) {
            // Not the evaluator's usual composition: print its words as they are.
            return (mustNot ? MUST_NOT : "") + PlainText.of(body);
        }
        String published = m.text().isEmpty() ? "" : PlainText.item(m.text()) + " (";
        return (mustNot ? MUST_NOT : "") + published + PlainText.of(because) + (published.isEmpty() ? "" : ")");
    }

    /** What the request must state for the criterion to be decided, by request field. */
    private String supply(MemberCriterion m, Finding f) {
        MemberCriterion.Test test = m.test();
        if (test instanceof MemberCriterion.AgeRange) {
            return "member.birthDate";
        }
        if (test instanceof MemberCriterion.Sex) {
            return "member.sex (F or M)";
        }
        if (test instanceof MemberCriterion.Fact fact) {
            return "facts." + fact.name() + " (true or false)";
        }
        if (test instanceof MemberCriterion.Threshold t) {
            for (DerivedQuantity d : derived) {
                if (d.name().equals(t.quantity())) {
                    return "observations " + d.factor() + " and " + d.otherFactor() + (t.method().isEmpty() ? "" : " by " + t.method())
                            + " (" + d.name() + " is derived from them)";
                }
            }
            return "observations " + t.quantity() + (t.unit().isEmpty() ? "" : " in " + t.unit())
                    + (t.method().isEmpty() ? "" : " with method " + t.method());
        }
        if (test instanceof MemberCriterion.Since) {
            String event = f.evidence().isEmpty() ? ((MemberCriterion.Since) test).event() : f.evidence().get(0).value();
            return "events (a " + event + " event with its date)";
        }
        if (test instanceof MemberCriterion.Diagnosis d) {
            return "diagnoses (an ICD-10-CM code of the " + d.list() + " list)";
        }
        if (test instanceof MemberCriterion.Prerequisite p) {
            return "priorServices (the " + p.service() + ", " + p.system() + " " + p.code() + ", with the elements its record documents)";
        }
        if (test instanceof MemberCriterion.Ordered) {
            return "orders";
        }
        if (test instanceof io.coverkit.model.TimeTest && !f.evidence().isEmpty()) {
            return TimeSupply.of(f.evidence().get(0));
        }
        return f.evidence().isEmpty() ? m.id() : field(f.evidence().get(0).field());
    }

    /** A request field without its position: {@code therapies[1]} is found under {@code therapies}. */
    private static String field(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }

    /**
     * The citation line under a decisive one: clause, section (and the heading of the scope it is
     * under), and the request's evidence, or the field it would be in.
     */
    static void cite(int indent, String clause, String section, String heading, List<Evidence> evidence, String field,
            StringBuilder out) {
        StringBuilder s = new StringBuilder("clause ").append(clause);
        if (!section.isEmpty()) {
            s.append(", ").append(section);
        }
        if (heading != null) {
            s.append(", ").append(PlainText.of(heading));
        }
        if (!evidence.isEmpty()) {
            StringJoiner facts = new StringJoiner("; ", "; request: ", "");
            for (Evidence e : evidence) {
                // A birth date is its own value: "dated" would repeat it.
                boolean dated = e.date() != null && !e.date().toString().equals(e.value());
                facts.add(e.field() + " " + e.value() + (dated ? " dated " + e.date() : ""));
            }
            s.append(facts);
        } else if (field != null) {
            s.append("; request field: ").append(field);
        }
        line(indent + 2, s.toString(), out);
    }

    private static String headingOf(Scoped scoped, String outer) {
        return !scoped.scope().heading().isEmpty() ? scoped.scope().heading() : outer;
    }

    static void line(int indent, String text, StringBuilder out) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }
}
