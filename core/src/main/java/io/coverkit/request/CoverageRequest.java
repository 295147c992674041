package io.coverkit.request;

import io.coverkit.annotations.API;
import io.coverkit.model.LineOfBusiness;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A coverage question: who, what, when, why, and which documents support it. Contract v2 adds
 * clinical facts, observations, events, prior services, therapies, orders and the
 * prior-authorization context; a v1 request simply has none of them.
 *
 * @param guideline the guideline to decide under, or null when the caller names it another way
 * @param indications ids of the guideline's indications that are present
 * @param extensions caller data coverkit carries but does not read
 * @param facts clinical status facts such as {@code asymptomatic}: true, false, or absent (unknown)
 * @param priorAuthorization the pharmacy prior-authorization context, or null
 * @param placeOfService the claim's two-digit CMS place-of-service code, or null when not stated
 * @param authorizations authorizations already on file, or null when the request does not state them
 *     (an empty list states that there are none)
 * @param studies the member's enrollments in clinical studies or registries, or null when the
 *     request does not state them (an empty list states that there are none)
 * @param complete the request fields the caller states completely (closed-world), such as
 *     {@code therapies} for a pharmacy benefit's whole drug history: a criterion that finds nothing
 *     there takes the fact as absent and the determination says so; empty for none
 */
@API(status = API.Status.STABLE)
public record CoverageRequest(
        String guideline,
        LocalDate dateOfService,
        Member member,
        List<Procedure> procedures,
        List<Diagnosis> diagnoses,
        List<String> indications,
        List<Document> documents,
        Map<String, Object> extensions,
        Map<String, Boolean> facts,
        List<Observation> observations,
        List<Event> events,
        List<PriorService> priorServices,
        List<Therapy> therapies,
        List<Order> orders,
        PriorAuthorization priorAuthorization,
        String placeOfService,
        List<Authorization> authorizations,
        List<StudyEnrollment> studies,
        List<String> complete) {

    public CoverageRequest {
        Objects.requireNonNull(dateOfService, "a request has a date of service");
        Objects.requireNonNull(member, "a request has a member");
        procedures = List.copyOf(procedures);
        diagnoses = List.copyOf(diagnoses);
        indications = List.copyOf(indications);
        documents = List.copyOf(documents);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        observations = observations == null ? List.of() : List.copyOf(observations);
        events = events == null ? List.of() : List.copyOf(events);
        priorServices = priorServices == null ? List.of() : List.copyOf(priorServices);
        therapies = therapies == null ? List.of() : List.copyOf(therapies);
        orders = orders == null ? List.of() : List.copyOf(orders);
        authorizations = authorizations == null ? null : List.copyOf(authorizations);
        studies = studies == null ? null : List.copyOf(studies);
        complete = complete == null ? List.of() : List.copyOf(complete);
    }

    /**
     * A request as contract v2 first described it: no place of service, authorizations on file or
     * study enrollments stated, and no field stated complete.
     */
    public CoverageRequest(
            String guideline,
            LocalDate dateOfService,
            Member member,
            List<Procedure> procedures,
            List<Diagnosis> diagnoses,
            List<String> indications,
            List<Document> documents,
            Map<String, Object> extensions,
            Map<String, Boolean> facts,
            List<Observation> observations,
            List<Event> events,
            List<PriorService> priorServices,
            List<Therapy> therapies,
            List<Order> orders,
            PriorAuthorization priorAuthorization) {
        this(guideline, dateOfService, member, procedures, diagnoses, indications, documents, extensions, facts, observations,
                events, priorServices, therapies, orders, priorAuthorization, null, null, null, List.of());
    }

    /**
     * A builder for a request on {@code dateOfService} for a member of {@code lineOfBusiness}: the
     * two things every request must state.
     */
    public static CoverageRequestBuilder builder(LocalDate dateOfService, LineOfBusiness lineOfBusiness) {
        return new CoverageRequestBuilder(dateOfService, lineOfBusiness);
    }

    /** A request as contract v1 describes it. */
    public CoverageRequest(
            String guideline,
            LocalDate dateOfService,
            Member member,
            List<Procedure> procedures,
            List<Diagnosis> diagnoses,
            List<String> indications,
            List<Document> documents,
            Map<String, Object> extensions) {
        this(guideline, dateOfService, member, procedures, diagnoses, indications, documents, extensions, Map.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, List.of());
    }
}
