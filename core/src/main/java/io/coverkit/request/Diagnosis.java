package io.coverkit.request;

import io.coverkit.annotations.API;

/** A diagnosis code of the request. */
@API(status = API.Status.STABLE)
public record Diagnosis(String system, String code) {}
