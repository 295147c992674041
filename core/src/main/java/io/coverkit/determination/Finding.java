package io.coverkit.determination;

import io.coverkit.annotations.API;
import java.util.List;
import java.util.Objects;

/**
 * One fact a determination reports, citing the clause behind it.
 *
 * @param ref the clause's short id, such as {@code implanted-fiducial-markers}
 * @param clause the clause's guideline-qualified id, such as {@code 04-77260-19/indication/implanted-fiducial-markers}
 * @param text the clause's published text
 * @param section the published section the clause comes from
 * @param evidence what in the request the finding rests on; empty when nothing does
 */
@API(status = API.Status.STABLE)
public record Finding(FindingKind kind, String ref, String clause, String text, String section, List<Evidence> evidence) {
    public Finding {
        Objects.requireNonNull(kind, "a finding needs a kind");
        ref = ref == null ? "" : ref;
        clause = clause == null ? "" : clause;
        text = text == null ? "" : text;
        section = section == null ? "" : section;
        evidence = List.copyOf(evidence);
    }
}
