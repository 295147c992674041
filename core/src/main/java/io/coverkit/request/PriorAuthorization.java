package io.coverkit.request;

/** The prior-authorization context of a pharmacy request (request contract v2). */
public record PriorAuthorization(String drug, String prescriber, String channel) {}
