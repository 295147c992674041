package io.coverkit.server.security;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each accepted token's {@code jti} until the token expires, so a token captured on the
 * network cannot be sent again. Bounded: when it is full of tokens that have not expired, a new
 * token is refused (fail closed) rather than an old one forgotten.
 */
final class ReplayGuard {

    private final int capacity;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    ReplayGuard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the replay window holds at least one token");
        }
        this.capacity = capacity;
    }

    /** What happened to a token id offered. */
    enum Outcome { FIRST_USE, REPLAYED, FULL }

    /**
     * Records {@code jti} of {@code issuer} as used until {@code expires}.
     *
     * @return FIRST_USE when it was not seen in its validity window, REPLAYED when it was, FULL when
     *     there is no room to remember it
     */
    Outcome use(String issuer, String jti, Instant expires, Instant now) {
        String key = issuer + '\n' + jti;
        if (seen.size() >= capacity) {
            forgetExpired(now);
            if (seen.size() >= capacity) {
                return seen.containsKey(key) ? Outcome.REPLAYED : Outcome.FULL;
            }
        }
        Instant before = seen.putIfAbsent(key, expires);
        if (before == null) {
            return Outcome.FIRST_USE;
        }
        if (before.isBefore(now)) {
            // the earlier token expired: its id may be reused (the new token's own expiry guards it)
            return seen.replace(key, before, expires) ? Outcome.FIRST_USE : Outcome.REPLAYED;
        }
        return Outcome.REPLAYED;
    }

    private synchronized void forgetExpired(Instant now) {
        for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext();) {
            if (it.next().getValue().isBefore(now)) {
                it.remove();
            }
        }
    }

    int size() {
        return seen.size();
    }
}
