package io.coverkit.dsl;

import io.coverkit.model.ClauseId;
import io.coverkit.model.TimeTest.Ref;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a dated reference as a policy writes it ({@code service}, {@code pap-start}, {@code prior:95810}, {@code therapy:cpap}). */
final class TimeRefs {
    private TimeRefs() {}

    private static final Pattern PROCEDURE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");

    /** The reference {@code s} writes, or empty when it is not one. */
    static Optional<Ref> parse(String s) {
        if (s.equals("service")) {
            return Optional.of(Ref.SERVICE);
        }
        if (s.startsWith("prior:")) {
            String code = s.substring("prior:".length());
            return PROCEDURE.matcher(code).matches() ? Optional.of(new Ref(Ref.Kind.PRIOR_SERVICE, code)) : Optional.empty();
        }
        if (s.startsWith("therapy:")) {
            String id = s.substring("therapy:".length());
            return ClauseId.isValid(id) ? Optional.of(new Ref(Ref.Kind.THERAPY, id)) : Optional.empty();
        }
        return ClauseId.isValid(s) ? Optional.of(new Ref(Ref.Kind.EVENT, s)) : Optional.empty();
    }
}
