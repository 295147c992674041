package io.coverkit.model;

import java.io.Serializable;

/**
 * A LOINC time frame modifier such as 18805-2, with its window and published narrative.
 *
 * @param window how far before the date of service an observation may be
 */
public record TimeFrameModifier(String loinc, TimeSpan window, String narrative, Validity validity, SourceRef at)
        implements Serializable, InForce {
    public TimeFrameModifier {
        validity = validity == null ? Validity.ALWAYS : validity;
    }
}
