package io.coverkit.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The program exceptions section, in published order, with the lines of business the guideline
 * declares it applies to.
 *
 * @param lines the lines of business the guideline applies to ({@code lineOfBusiness}); empty for
 *     every line
 */
public record ProgramExceptions(List<ProgramException> exceptions, List<ProgramNote> notes, SourceRef at, List<PlanLine> lines)
        implements Serializable {

    /** No program exceptions. */
    public static final ProgramExceptions NONE = new ProgramExceptions(List.of(), List.of(), SourceRef.UNKNOWN);

    public ProgramExceptions {
        exceptions = List.copyOf(exceptions);
        notes = List.copyOf(notes);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Program exceptions of a guideline that applies to every line of business. */
    public ProgramExceptions(List<ProgramException> exceptions, List<ProgramNote> notes, SourceRef at) {
        this(exceptions, notes, at, List.of());
    }

    /** These exceptions, for a guideline that applies to {@code lines} only. */
    public ProgramExceptions withLines(List<PlanLine> lines) {
        return new ProgramExceptions(exceptions, notes, at, lines);
    }

    /** The exception for a line of business, if the guideline has one. */
    public Optional<ProgramException> forLine(LineOfBusiness line) {
        return exceptions.stream().filter(e -> e.lineOfBusiness() == line).findFirst();
    }
}
