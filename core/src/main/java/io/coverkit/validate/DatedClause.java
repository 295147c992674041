package io.coverkit.validate;

import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Guideline;
import io.coverkit.model.ProgramException;
import io.coverkit.model.SourceRef;
import io.coverkit.model.Validity;
import java.util.ArrayList;
import java.util.List;

/** A clause that carries {@code added:}/{@code deleted:} dates, named the way messages name it. */
record DatedClause(String what, Validity validity, SourceRef at) {

    /** Every dated clause of a guideline: codes, indications, document requirements, program exceptions. */
    static List<DatedClause> of(Guideline g) {
        List<DatedClause> all = new ArrayList<>();
        g.billing().codes().forEach(c -> all.add(new DatedClause("code `" + c.code() + "`", c.validity(), c.at())));
        g.decision().allIndications()
                .forEach(i -> all.add(new DatedClause("indication `" + i.id() + "`", i.validity(), i.at())));
        g.decision().memberCriteria()
                .forEach(m -> all.add(new DatedClause("criterion `" + m.id() + "`", m.validity(), m.at())));
        for (DocumentRequirement r : g.billing().documentation().requirements()) {
            all.add(new DatedClause("document `" + r.loinc() + "`", r.validity(), r.at()));
        }
        for (ProgramException e : g.programExceptions().exceptions()) {
            all.add(new DatedClause("program exception `" + e.id() + "`", e.validity(), e.at()));
        }
        return all;
    }
}
