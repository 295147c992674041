package io.coverkit.request;

import io.coverkit.annotations.API;
import java.util.List;

/**
 * The prior-authorization context of a pharmacy request (request contract v2).
 *
 * @param prescriber the prescriber's specialty, such as {@code dermatology}, or empty when not given
 * @param channel the dispensing channel, such as {@code specialty-pharmacy}, or empty when not given
 * @param prescriberCredentials the prescriber's credentials, such as {@code board-certified-sleep-medicine},
 *     or null when the request does not state them (an empty list states that there are none)
 * @param consultedSpecialties the specialties the prescriber consulted about this request, or null
 *     when the request does not state them (an empty list states that none was consulted)
 */
@API(status = API.Status.STABLE)
public record PriorAuthorization(
        String drug, String prescriber, String channel, List<String> prescriberCredentials, List<String> consultedSpecialties) {
    public PriorAuthorization {
        prescriber = prescriber == null ? "" : prescriber;
        channel = channel == null ? "" : channel;
        prescriberCredentials = prescriberCredentials == null ? null : List.copyOf(prescriberCredentials);
        consultedSpecialties = consultedSpecialties == null ? null : List.copyOf(consultedSpecialties);
    }

    /** A prior-authorization context that states no credentials and no consultation. */
    public PriorAuthorization(String drug, String prescriber, String channel) {
        this(drug, prescriber, channel, null, null);
    }
}
