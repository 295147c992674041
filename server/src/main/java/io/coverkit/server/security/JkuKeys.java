package io.coverkit.server.security;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key sets fetched from allow-listed {@code jku} URLs, with short timeouts, a size limit and a cache:
 * a set is kept for {@link #maxAge}, and a token whose {@code kid} is not in the cached set makes a
 * new fetch at most once per {@link #minRefetch}, so tokens cannot make the server fetch in a loop.
 * Only URLs an issuer's trust lists are ever passed here.
 */
public class JkuKeys {

    private static final Logger LOG = LoggerFactory.getLogger(JkuKeys.class);

    private final Clock clock;
    private final Duration timeout;
    private final Duration maxAge;
    private final Duration minRefetch;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(JWKSet keys, Instant fetched) {}

    /** Two-second timeouts, sets kept ten minutes, a refetch for a new kid at most every 30 s. */
    public JkuKeys(Clock clock) {
        this(clock, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(30));
    }

    JkuKeys(Clock clock, Duration timeout, Duration maxAge, Duration minRefetch) {
        this.clock = clock;
        this.timeout = timeout;
        this.maxAge = maxAge;
        this.minRefetch = minRefetch;
    }

    /**
     * The key set at {@code url}: cached when fresh and holding {@code kid} (or no kid is asked for),
     * else fetched; empty when it cannot be fetched.
     */
    Optional<JWKSet> keys(URI url, String kid) {
        Instant now = clock.instant();
        Cached cached = cache.get(url);
        if (cached != null) {
            boolean fresh = cached.fetched().plus(maxAge).isAfter(now);
            boolean hasKid = kid == null || cached.keys().getKeyByKeyId(kid) != null;
            boolean mayRefetch = cached.fetched().plus(minRefetch).isBefore(now);
            if ((fresh && hasKid) || !mayRefetch) {
                return Optional.of(cached.keys());
            }
        }
        try {
            JWKSet keys = fetch(url).toPublicJWKSet();
            cache.put(url, new Cached(keys, now));
            return Optional.of(keys);
        } catch (IOException | ParseException e) {
            LOG.warn("jku {}: the key set cannot be fetched: {}", url, e.toString());
            return cached == null ? Optional.empty() : Optional.of(cached.keys());
        }
    }

    /** Fetches a key set; tests replace this to serve keys without a network. */
    protected JWKSet fetch(URI url) throws IOException, ParseException {
        int millis = (int) timeout.toMillis();
        return JWKSet.load(url.toURL(), millis, millis, 64 * 1024);
    }
}
