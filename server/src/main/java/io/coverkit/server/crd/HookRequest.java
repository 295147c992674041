package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.server.fhir.OrderReader;
import io.coverkit.server.fhir.Prefetch;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * A hook call as coverkit reads it.
 *
 * @param orders the in-scope orders, each the resource the coverage information is added to
 * @param responses completed QuestionnaireResponses from the prefetch or context (DTR answers)
 */
record HookRequest(Hook hook, String hookInstance, String patientId, List<Target> orders, Prefetch prefetch,
        ConfigurationOption.Settings configuration, List<QuestionnaireResponse> responses) {

    HookRequest {
        orders = List.copyOf(orders);
        responses = List.copyOf(responses);
    }

    /**
     * An order to answer for.
     *
     * @param path where the request holds it, such as {@code context.draftOrders.entry[0].resource}
     * @param dateOfService the day it is booked for when an appointment says (else null: the order's own)
     * @param json the order as the client sent it, which the answer echoes with the coverage information added
     */
    record Target(OrderReader.Order order, String path, LocalDate dateOfService, ObjectNode json) {}
}
