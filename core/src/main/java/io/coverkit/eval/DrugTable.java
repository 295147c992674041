package io.coverkit.eval;

import io.coverkit.model.Drug;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A revision's drug list by id, probed through a {@link StringIndex} into an array. Therapy
 * criteria look up the requested drug and every therapy's drug once per criterion; through an
 * immutable map's probing that was over half of screening an osteoporosis request
 * (GuidelineBenchmark, compiledOutcome: ImmutableCollections.MapN.probe the hottest frame).
 */
public final class DrugTable {

    private final StringIndex index;
    private final Drug[] drugs;

    /** The table of {@code drugs}, by id. */
    public DrugTable(Map<String, Drug> drugs) {
        List<String> ids = new ArrayList<>(drugs.keySet());
        this.index = StringIndex.numberingUnshared(ids);
        this.drugs = new Drug[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            this.drugs[i] = drugs.get(ids.get(i));
        }
    }

    /** The drug with this id, or null when the list has none. */
    public Drug get(String id) {
        if (id == null) {
            return null;
        }
        int i = index.get(id);
        return i == StringIndex.ABSENT ? null : drugs[i];
    }
}
