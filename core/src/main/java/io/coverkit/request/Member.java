package io.coverkit.request;

import io.coverkit.annotations.API;
import io.coverkit.model.LineOfBusiness;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The member a request is for.
 *
 * @param birthDate null when the request does not give it
 * @param sex {@code F}, {@code M} or {@code U}, or null when not given
 * @param plan the plan-defined line of business the member is in (request contract v2), such as
 *     {@code ohio-medicaid-managed-care}, which the guideline declares; null when not given
 */
@API(status = API.Status.STABLE)
public record Member(LineOfBusiness lineOfBusiness, LocalDate birthDate, String sex, String plan) {
    public Member {
        Objects.requireNonNull(lineOfBusiness, "a member has a line of business");
    }

    /** A member of a line of business, in no plan-defined line. */
    public Member(LineOfBusiness lineOfBusiness, LocalDate birthDate, String sex) {
        this(lineOfBusiness, birthDate, sex, null);
    }

    /**
     * The member's age in whole years on {@code date}: a year is complete on the birthday itself.
     * Someone born on 29 February completes a year on 1 March in years without that day (the
     * java.time reading); empty when the birth date is not given or comes after {@code date}.
     */
    public java.util.OptionalInt ageOn(LocalDate date) {
        if (birthDate == null || date.isBefore(birthDate)) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(java.time.Period.between(birthDate, date).getYears());
    }
}
