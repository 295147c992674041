package io.coverkit.render;

import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Criterion;
import io.coverkit.model.ExperimentalStatement;
import io.coverkit.model.OutcomeStatement;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.Paragraph;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.Scoped;
import io.coverkit.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A position statement as the published text lays it out: its prose where the policy writes it,
 * its criteria as nested lists that keep the tree's shape. A block of criteria that makes up a
 * whole passage between headings prints as that passage's list; a block among other criteria
 * prints as one item with its criteria nested under it, introduced by the prose written first
 * inside it. Scopes (initial, subsequent, one drug) print no words of their own: their criteria
 * join the list around them, after the heading a drug's criteria carry.
 */
final class CriteriaBlocks {

    /** One thing written in a block, prose or a criterion, ordered by where it was written. */
    /** A statement that stands outside the lists with its own criteria: experimental, or an outcome statement. */
    private record Statement(String anchor, String text, Criterion criterion, SourceRef at) {}

    private record Entry(Paragraph prose, Criterion criterion, Statement experimental) {
        SourceRef at() {
            return prose != null ? prose.at() : criterion != null ? criterion.at() : experimental.at();
        }

        boolean isHeading() {
            return prose != null && prose.heading();
        }
    }

    private static final Comparator<Entry> WRITTEN = Comparator.comparingInt((Entry e) -> e.at().line())
            .thenComparingInt(e -> e.at().column());

    private final List<Paragraph> prose;
    private final boolean ordered;

    private CriteriaBlocks(List<Paragraph> prose, boolean ordered) {
        this.prose = prose;
        this.ordered = ordered;
    }

    /** The statement's prose and criteria as nodes; {@code ordered} numbers the lists instead of bulleting them. */
    static List<Node> of(PositionStatement statement, boolean ordered) {
        CriteriaBlocks blocks = new CriteriaBlocks(statement.paragraphs(), ordered);
        List<Entry> top = new ArrayList<>(blocks.proseWithin(null));
        top.add(new Entry(null, statement.criteria(), null));
        for (ExperimentalStatement x : statement.experimental()) {
            top.add(new Entry(null, null, new Statement("experimental/" + x.id(), x.text(), x.criterion(), x.at())));
        }
        for (OutcomeStatement o : statement.outcomes()) {
            top.add(new Entry(null, null, new Statement(o.kind().clauseSegment() + "/" + o.id(), o.text(), o.criterion(), o.at())));
        }
        top.sort(WRITTEN);
        List<Node> out = new ArrayList<>();
        blocks.emit(blocks.flatten(top), "all", 0, out);
        return out;
    }

    /** Prose written directly inside the block at {@code within} (null: the statement itself). */
    private List<Entry> proseWithin(SourceRef within) {
        List<Entry> found = new ArrayList<>();
        for (Paragraph p : prose) {
            if (within == null ? p.within() == null : p.within() != null && samePlace(p.within(), within)) {
                found.add(new Entry(p, null, null));
            }
        }
        return found;
    }

    // SourceRef equality ignores positions on purpose (see SourceRef), so places are compared here.
    private static boolean samePlace(SourceRef a, SourceRef b) {
        return a.line() == b.line() && a.column() == b.column() && a.file().equals(b.file());
    }

    /** A group's own entries: its criteria and the prose written inside it, in written order. */
    private List<Entry> entriesOf(Criterion group) {
        List<Entry> entries = new ArrayList<>(proseWithin(group.at()));
        for (Criterion c : children(group)) {
            entries.add(new Entry(null, c, null));
        }
        entries.sort(WRITTEN);
        return entries;
    }

    private static List<Criterion> children(Criterion group) {
        if (group instanceof AnyOf any) {
            return any.criteria();
        }
        if (group instanceof AllOf all) {
            return all.criteria();
        }
        if (group instanceof Not not) {
            return children(not.criterion());
        }
        return List.of();
    }

    private static boolean isGroup(Criterion c) {
        return c instanceof AnyOf || c instanceof AllOf || c instanceof Not;
    }

    private static String logic(Criterion group) {
        if (group instanceof Not not) {
            return not.keyword();
        }
        return group instanceof AnyOf ? "any" : "all";
    }

    /**
     * Entries with every scope opened up: a scope's criteria (and the all-of block that holds them
     * when there are several) stand where the scope was written, after its heading and text.
     */
    private List<Entry> flatten(List<Entry> entries) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.criterion() instanceof Scoped scoped) {
                Scoped.Scope scope = scoped.scope();
                if (!scope.heading().isEmpty()) {
                    out.add(new Entry(new Paragraph(scope.heading(), null, scoped.at(), true, null), null, null));
                    if (!scope.text().isEmpty()) {
                        out.add(new Entry(new Paragraph(scope.text(), scoped.at()), null, null));
                    }
                }
                Criterion inner = scoped.criterion();
                boolean wrapper = inner instanceof AllOf && samePlace(inner.at(), scoped.at());
                List<Entry> opened = new ArrayList<>(proseWithin(scoped.at()));
                if (wrapper) {
                    children(inner).forEach(c -> opened.add(new Entry(null, c, null)));
                } else {
                    opened.add(new Entry(null, inner, null));
                }
                opened.sort(WRITTEN);
                out.addAll(flatten(opened));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** Writes entries as nodes: headings split them into passages, each passage's criteria one list. */
    private void emit(List<Entry> entries, String logic, int depth, List<Node> out) {
        List<Entry> passage = new ArrayList<>();
        for (Entry e : entries) {
            if (e.isHeading()) {
                passage(passage, logic, depth, out);
                passage = new ArrayList<>();
                out.add(new Node.Heading(3, e.prose().text(), null));
            } else {
                passage.add(e);
            }
        }
        passage(passage, logic, depth, out);
    }

    private void passage(List<Entry> passage, String logic, int depth, List<Node> out) {
        List<Entry> criteria = passage.stream().filter(e -> e.criterion() != null).toList();
        if (criteria.size() == 1 && isGroup(criteria.get(0).criterion()) && leadIn(criteria.get(0).criterion()).isEmpty()) {
            Criterion group = criteria.get(0).criterion();
            for (Entry e : passage) {
                if (e.criterion() == group) {
                    emit(flatten(entriesOf(group)), logic(group), depth, out);
                } else {
                    writeLoose(e, depth, out);
                }
            }
            return;
        }
        List<Node.Item> items = new ArrayList<>();
        for (Entry e : passage) {
            if (e.criterion() != null) {
                item(e.criterion(), depth).ifPresent(items::add);
            } else {
                closeList(items, logic, depth, out);
                writeLoose(e, depth, out);
            }
        }
        closeList(items, logic, depth, out);
    }

    private void closeList(List<Node.Item> items, String logic, int depth, List<Node> out) {
        if (items.size() == 1 && "all".equals(logic) && !items.get(0).text().isEmpty()) {
            // One criterion alone between prose or headings reads as the published paragraph it is.
            Node.Item only = items.get(0);
            out.add(new Node.Para(only.text(), only.id()));
            only.body().forEach(n -> out.add(shallower(n)));
            items.clear();
        } else if (!items.isEmpty()) {
            out.add(new Node.ListBlock(ordered, logic, depth, List.copyOf(items)));
            items.clear();
        }
    }

    /** A node one level less deep: what nested under an item that is printed as a paragraph instead. */
    private static Node shallower(Node node) {
        if (node instanceof Node.ListBlock list) {
            return new Node.ListBlock(list.ordered(), list.logic(), Math.max(0, list.depth() - 1), list.items().stream()
                    .map(i -> new Node.Item(i.text(), i.id(), i.body().stream().map(CriteriaBlocks::shallower).toList()))
                    .toList());
        }
        return node;
    }

    /** A paragraph, or an experimental statement with its criteria, standing outside any list. */
    private void writeLoose(Entry e, int depth, List<Node> out) {
        if (e.prose() != null) {
            out.add(new Node.Para(e.prose().text()));
            return;
        }
        Statement x = e.experimental();
        out.add(new Node.Para(x.text(), x.anchor()));
        List<Node.Item> items = new ArrayList<>();
        for (Entry inner : flatten(List.of(new Entry(null, x.criterion(), null)))) {
            if (isGroup(inner.criterion()) && leadIn(inner.criterion()).isEmpty()) {
                emit(flatten(entriesOf(inner.criterion())), logic(inner.criterion()), depth, out);
            } else {
                item(inner.criterion(), depth).ifPresent(items::add);
            }
        }
        closeList(items, "all", depth, out);
    }

    /** The prose written inside a group before its first criterion: the words that introduce it. */
    private List<Paragraph> leadIn(Criterion group) {
        List<Paragraph> lead = new ArrayList<>();
        for (Entry e : entriesOf(group)) {
            if (e.prose() == null || e.prose().heading()) {
                break;
            }
            lead.add(e.prose());
        }
        return lead;
    }

    private java.util.Optional<Node.Item> item(Criterion c, int depth) {
        if (c instanceof Indication i) {
            return java.util.Optional.of(new Node.Item(i.text(), "indication/" + i.id(), List.of()));
        }
        if (c instanceof MemberCriterion m) {
            if (m.text().isEmpty()) {
                return java.util.Optional.empty(); // its words are part of another line; see the encoding notes
            }
            List<Node> body = new ArrayList<>();
            if (m.test() instanceof MemberCriterion.Prerequisite p && !p.elements().isEmpty()) {
                body.add(new Node.ListBlock(ordered, "all", depth + 1, p.elements().stream()
                        .map(el -> new Node.Item(el.text(), "criterion/" + m.id() + "/" + el.id(), List.of())).toList()));
            }
            return java.util.Optional.of(new Node.Item(m.text(), "criterion/" + m.id(), body));
        }
        if (c instanceof Scoped) {
            List<Node> body = new ArrayList<>();
            emit(flatten(List.of(new Entry(null, c, null))), "all", depth + 1, body);
            return body.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Node.Item("", null, body));
        }
        List<Paragraph> lead = leadIn(c);
        List<Entry> rest = new ArrayList<>(entriesOf(c));
        rest.removeIf(e -> e.prose() != null && lead.stream().anyMatch(p -> p == e.prose()));
        List<Node> body = new ArrayList<>();
        for (int i = 1; i < lead.size(); i++) {
            body.add(new Node.Para(lead.get(i).text()));
        }
        emit(flatten(rest), logic(c), depth + 1, body);
        if (lead.isEmpty() && body.isEmpty()) {
            return java.util.Optional.empty(); // a group whose every criterion's words are part of another line
        }
        return java.util.Optional.of(new Node.Item(lead.isEmpty() ? "" : lead.get(0).text(), null, body));
    }
}
