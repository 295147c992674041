package io.coverkit.server.crd;

import java.util.Optional;

/** The CDS hooks the CRD service answers, and what CRD asks of each. */
public enum Hook {
    ORDER_SIGN("order-sign", true, "Coverage requirements for the orders being signed"),
    ORDER_SELECT("order-select", false, "Coverage requirements for the orders being selected"),
    ORDER_DISPATCH("order-dispatch", true, "Coverage requirements for the orders being dispatched to a performer"),
    APPOINTMENT_BOOK("appointment-book", true, "Coverage requirements for the services of appointments being booked"),
    ENCOUNTER_START("encounter-start", false, "The patient's coverage, as the encounter starts");

    private final String id;
    private final boolean primary;
    private final String title;

    Hook(String id, boolean primary, String title) {
        this.id = id;
        this.primary = primary;
        this.title = title;
    }

    /** The hook's name, as requests and discovery spell it. */
    public String id() {
        return id;
    }

    /** The id of coverkit's service for the hook. */
    public String serviceId() {
        return "coverkit-" + id;
    }

    /**
     * A primary hook (CRD): coverage information for each in-scope order, documentation flags allowed.
     * A secondary hook never flags {@code doc-needed} clinical or admin.
     */
    public boolean primary() {
        return primary;
    }

    /** The service's title. */
    public String title() {
        return title;
    }

    /** The hook a service id names, if one of coverkit's. */
    public static Optional<Hook> ofService(String serviceId) {
        for (Hook h : values()) {
            if (h.serviceId().equals(serviceId)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
