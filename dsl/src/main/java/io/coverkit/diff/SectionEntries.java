package io.coverkit.diff;

import io.coverkit.model.DocumentField;
import io.coverkit.model.GuidelineSection;
import io.coverkit.model.Paragraph;
import io.coverkit.model.ProseTable;
import java.util.List;
import java.util.Map;

/**
 * The snapshot entries of the policy's own sections: each section's prose, fields and table rows,
 * keyed by the section's heading path, so a diff names the section a change is in. Their criteria
 * are compared with the rest of the decision's.
 */
final class SectionEntries {
    private SectionEntries() {}

    static void add(List<GuidelineSection> sections, String prefix, Map<String, Snapshot.Entry> into) {
        for (GuidelineSection s : sections) {
            String key = prefix + s.heading();
            into.put(key, new Snapshot.Entry(Snapshot.Area.SECTION, "section " + s.heading(), s.heading(), s.at()));
            List<Paragraph> paragraphs = s.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                into.put(key + "/paragraph/" + (i + 1), new Snapshot.Entry(Snapshot.Area.SECTION,
                        s.heading() + " paragraph " + (i + 1), p.text(), p.at()));
            }
            for (DocumentField f : s.fields()) {
                into.put(key + "/field/" + f.label(), new Snapshot.Entry(Snapshot.Area.SECTION,
                        s.heading() + " field " + f.label(), f.derived() ? "(from the guideline)" : f.value(), f.at()));
            }
            for (int t = 0; t < s.tables().size(); t++) {
                ProseTable table = s.tables().get(t);
                for (ProseTable.Row row : table.rows()) {
                    // A row is keyed by its cells, not its place: a revision history gains a row at the top.
                    String cells = String.join(" | ", row.cells());
                    into.put(key + "/table/" + (t + 1) + "/row/" + cells, new Snapshot.Entry(Snapshot.Area.SECTION,
                            s.heading() + " table " + (t + 1) + " row", cells, row.at()));
                }
            }
            add(s.sections(), key + "/", into);
        }
    }
}
