package io.coverkit.request;

import io.coverkit.annotations.API;

/**
 * The member's enrollment in a clinical study or registry (request contract v2), for coverage only
 * under a study: coverage with evidence development or an investigational device exemption.
 *
 * @param id the study's registration, such as a ClinicalTrials.gov number {@code NCT01234567}
 * @param kind {@code CED} (a study or registry approved under coverage with evidence development)
 *     or {@code IDE} (an investigational device exemption study)
 */
@API(status = API.Status.STABLE)
public record StudyEnrollment(String id, String kind) {}
