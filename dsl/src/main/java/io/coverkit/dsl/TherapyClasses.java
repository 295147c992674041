package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.TherapyClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the therapy class registry of a position statement ({@code therapyClass} blocks), reporting
 * at its line and column a class declared twice, a member listed twice, and members of a class
 * that holds no drugs. References to the classes from criteria are checked with the other
 * references, once the drug list is known (CriteriaReferences).
 */
final class TherapyClasses {
    private TherapyClasses() {}

    static List<TherapyClass> read(Call positionStatement, Diagnostics diagnostics) {
        List<TherapyClass> classes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Call c : positionStatement.children("therapyClass")) {
            String id = c.text(0);
            if (!ids.add(id)) {
                diagnostics.error(DiagnosticCode.C001, c.at(), "therapy class `" + id + "` is declared twice",
                        "declare each class once and list all its members there");
                continue;
            }
            TherapyClass.Kind kind = c.named().containsKey("kind")
                    ? TherapyClass.Kind.valueOf(c.text("kind").toUpperCase(Locale.ROOT)) : TherapyClass.Kind.DRUG;
            List<String> members = new ArrayList<>();
            for (Call m : c.children("member")) {
                String member = m.text(0);
                if (kind != TherapyClass.Kind.DRUG) {
                    diagnostics.error(DiagnosticCode.C023, m.at(), "a class of kind `" + kind.name().toLowerCase(Locale.ROOT)
                            + "` has no member drugs", "a request states such a therapy by the class's id; remove the members");
                } else if (members.contains(member)) {
                    diagnostics.error(DiagnosticCode.C001, m.at(), "`" + member + "` is listed twice in therapy class `" + id + "`");
                } else {
                    members.add(member);
                }
            }
            classes.add(new TherapyClass(id, c.text("text"), kind, members, c.text("reading"), c.at()));
        }
        return classes;
    }
}
