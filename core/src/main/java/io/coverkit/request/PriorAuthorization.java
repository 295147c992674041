package io.coverkit.request;

import io.coverkit.annotations.API;

/** The prior-authorization context of a pharmacy request (request contract v2). */
@API(status = API.Status.STABLE)
public record PriorAuthorization(String drug, String prescriber, String channel) {}
