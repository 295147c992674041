package io.coverkit.request;

import io.coverkit.model.LineOfBusiness;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The member a request is for.
 *
 * @param birthDate null when the request does not give it
 * @param sex {@code F}, {@code M} or {@code U}, or null when not given
 */
public record Member(LineOfBusiness lineOfBusiness, LocalDate birthDate, String sex) {
    public Member {
        Objects.requireNonNull(lineOfBusiness, "a member has a line of business");
    }
}
