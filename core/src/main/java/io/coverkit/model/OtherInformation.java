package io.coverkit.model;

import java.io.Serializable;
import java.util.List;

/** The "other" section: prose and the other names used to report the service. */
public record OtherInformation(List<Paragraph> paragraphs, List<String> otherNames, SourceRef at)
        implements Serializable {

    /** An empty section. */
    public static final OtherInformation NONE = new OtherInformation(List.of(), List.of(), SourceRef.UNKNOWN);

    public OtherInformation {
        paragraphs = List.copyOf(paragraphs);
        otherNames = List.copyOf(otherNames);
    }
}
