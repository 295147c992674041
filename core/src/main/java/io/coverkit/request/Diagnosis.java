package io.coverkit.request;

/** A diagnosis code of the request. */
public record Diagnosis(String system, String code) {}
