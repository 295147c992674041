package io.coverkit.model;

import java.io.Serializable;
import java.util.List;

/**
 * A named list of ICD-10-CM diagnoses, single codes and ranges, that {@code diagnosis} criteria
 * refer to.
 *
 * @param reading how the list was read from a text that names the diagnosis but no codes, or empty
 */
public record DiagnosisList(String name, List<IcdRange> codes, String reading, SourceRef at) implements Serializable {
    public DiagnosisList {
        codes = List.copyOf(codes);
        reading = reading == null ? "" : reading;
    }

    /** The first entry that contains {@code code}, or null. */
    public IcdRange match(String code) {
        for (IcdRange range : codes) {
            if (range.contains(code)) {
                return range;
            }
        }
        return null;
    }
}
