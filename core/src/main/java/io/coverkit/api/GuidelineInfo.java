package io.coverkit.api;

import io.coverkit.annotations.API;
import java.time.LocalDate;
import java.util.List;

/**
 * What a service may want to know about a loaded guideline without reading its model.
 *
 * @param id the guideline's id, as requests name it
 * @param title its published title
 * @param originalEffectiveDate the first day it applied; requests for earlier dates are not applicable
 * @param revisions the effective dates of its revisions, oldest first
 * @param sourceDigest the digest of the policy source every determination under it cites
 */
@API(status = API.Status.STABLE)
public record GuidelineInfo(String id, String title, LocalDate originalEffectiveDate, List<LocalDate> revisions, String sourceDigest) {

    /** Copies the revisions, so the record stays immutable. */
    public GuidelineInfo {
        revisions = List.copyOf(revisions);
    }
}
