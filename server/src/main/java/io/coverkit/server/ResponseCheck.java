package io.coverkit.server;

import java.util.List;

/**
 * A check of a CDS Hooks response against the CDS Hooks 2.0 rules and the CRD profiles. The server
 * runs it after answering, as a log-only self-check: it never delays or changes a response.
 */
public interface ResponseCheck {

    /** The problems found in a hook response body, each naming where it is; empty when it conforms. */
    List<String> problems(String hookResponseJson);
}
