package io.coverkit.bundle;

import java.util.List;

/**
 * A bundle as loaded: checked for integrity (and its signature, when a key was given) and decoded.
 *
 * @param formatVersion the layout version it was written in
 * @param vocabularyVersion the vocabulary version of its models
 * @param createdBy the coverkit version that wrote it
 * @param digest {@code sha256:} of its content, as checked on load
 * @param signatureAlgorithm the JWS algorithm of its signature ({@code ES256}, {@code RS256}), or
 *     null when it is not signed
 * @param signatureVerified true when the signature was verified with a configured key
 * @param guidelines its guidelines, in the order they were written
 */
public record Bundle(int formatVersion, int vocabularyVersion, String createdBy, String digest, String signatureAlgorithm,
        boolean signatureVerified, List<BundledGuideline> guidelines) {

    public Bundle {
        guidelines = List.copyOf(guidelines);
    }

    /** True when the bundle carries a signature (verified or not). */
    public boolean signed() {
        return signatureAlgorithm != null;
    }
}
