package io.coverkit.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The program exceptions section, in published order. */
public record ProgramExceptions(List<ProgramException> exceptions, List<ProgramNote> notes, SourceRef at)
        implements Serializable {

    /** No program exceptions. */
    public static final ProgramExceptions NONE = new ProgramExceptions(List.of(), List.of(), SourceRef.UNKNOWN);

    public ProgramExceptions {
        exceptions = List.copyOf(exceptions);
        notes = List.copyOf(notes);
    }

    /** The exception for a line of business, if the guideline has one. */
    public Optional<ProgramException> forLine(LineOfBusiness line) {
        return exceptions.stream().filter(e -> e.lineOfBusiness() == line).findFirst();
    }
}
