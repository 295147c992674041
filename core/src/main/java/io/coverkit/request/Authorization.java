package io.coverkit.request;

import java.time.LocalDate;
import io.coverkit.annotations.API;

/**
 * An authorization already on file (request contract v2): for a drug of the guideline's drug list,
 * or for a procedure code, over a period.
 *
 * @param drug the drug's id, or empty when the authorization is for a code
 * @param system {@code CPT} or {@code HCPCS}, or empty when it is for a drug
 * @param code the procedure code, or empty when it is for a drug
 * @param end the last day it covers, or null when it has no end date
 */
@API(status = API.Status.STABLE)
public record Authorization(String drug, String system, String code, LocalDate start, LocalDate end) {
    public Authorization {
        drug = drug == null ? "" : drug;
        system = system == null ? "" : system;
        code = code == null ? "" : code;
        java.util.Objects.requireNonNull(start, "an authorization has a start date");
    }

    /** True when its period includes {@code date}. */
    public boolean covers(LocalDate date) {
        return !start.isAfter(date) && (end == null || !end.isBefore(date));
    }
}
