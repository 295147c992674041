package io.coverkit.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A coverage question in wire contract v1: who, what, when, why, and which documents support it.
 *
 * @param guideline the guideline to decide under, or null when the caller names it another way
 * @param indications ids of the guideline's indications that are present
 * @param extensions caller data coverkit carries but does not read
 */
public record CoverageRequest(
        String guideline,
        LocalDate dateOfService,
        Member member,
        List<Procedure> procedures,
        List<Diagnosis> diagnoses,
        List<String> indications,
        List<Document> documents,
        Map<String, Object> extensions) {

    public CoverageRequest {
        Objects.requireNonNull(dateOfService, "a request has a date of service");
        Objects.requireNonNull(member, "a request has a member");
        procedures = List.copyOf(procedures);
        diagnoses = List.copyOf(diagnoses);
        indications = List.copyOf(indications);
        documents = List.copyOf(documents);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }
}
