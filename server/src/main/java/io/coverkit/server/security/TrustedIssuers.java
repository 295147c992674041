package io.coverkit.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issuers whose tokens the server accepts, each with its keys. Read from the command line
 * ({@code --trusted-issuer ISS ... --jwks FILE}: every named issuer with the keys of one file) or
 * from a trust file that gives each issuer its own keys and allowed {@code jku} URLs:
 *
 * <pre>{@code
 * {"issuers": [
 *   {"iss": "https://ehr.example.org", "jwks": "ehr-keys.json",
 *    "jku": ["https://ehr.example.org/.well-known/jwks.json"]}
 * ]}
 * }</pre>
 *
 * A {@code jwks} path is relative to the trust file's folder.
 */
public final class TrustedIssuers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, IssuerTrust> byIssuer;

    private TrustedIssuers(Map<String, IssuerTrust> byIssuer) {
        this.byIssuer = Map.copyOf(byIssuer);
    }

    /** These issuers. */
    public static TrustedIssuers of(Collection<IssuerTrust> issuers) {
        Map<String, IssuerTrust> map = new LinkedHashMap<>();
        for (IssuerTrust t : issuers) {
            if (map.putIfAbsent(t.issuer(), t) != null) {
                throw new IllegalArgumentException("issuer `" + t.issuer() + "` is given twice");
            }
        }
        return new TrustedIssuers(map);
    }

    /** Each named issuer, trusted with the keys of one JWKS file. */
    public static TrustedIssuers of(List<String> issuers, Path jwksFile) throws TrustException {
        JWKSet keys = readKeys(jwksFile);
        List<IssuerTrust> list = new ArrayList<>();
        for (String iss : issuers) {
            list.add(new IssuerTrust(iss, keys, List.of()));
        }
        return of(list);
    }

    /** The issuers of a trust file (see the class comment for its form). */
    public static TrustedIssuers read(Path trustFile) throws TrustException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(trustFile));
        } catch (IOException e) {
            throw new TrustException(trustFile + ": cannot be read as JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode issuers = root == null ? null : root.get("issuers");
        if (issuers == null || !issuers.isArray() || issuers.isEmpty()) {
            throw new TrustException(trustFile + ": `issuers` must be a non-empty array of {iss, jwks, jku}");
        }
        List<IssuerTrust> list = new ArrayList<>();
        for (int i = 0; i < issuers.size(); i++) {
            list.add(issuer(trustFile, "issuers[" + i + "]", issuers.get(i)));
        }
        try {
            return of(list);
        } catch (IllegalArgumentException e) {
            throw new TrustException(trustFile + ": " + e.getMessage());
        }
    }

    private static IssuerTrust issuer(Path file, String where, JsonNode node) throws TrustException {
        if (!node.isObject()) {
            throw new TrustException(file + ": " + where + " must be an object {iss, jwks, jku}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!List.of("iss", "jwks", "jku").contains(name)) {
                throw new TrustException(file + ": " + where + "." + name + " is not a known field (iss, jwks, jku)");
            }
        }
        JsonNode iss = node.get("iss");
        if (iss == null || !iss.isTextual() || iss.asText().isBlank()) {
            throw new TrustException(file + ": " + where + ".iss must be the issuer's iss value");
        }
        JWKSet keys = null;
        JsonNode jwks = node.get("jwks");
        if (jwks != null) {
            if (!jwks.isTextual()) {
                throw new TrustException(file + ": " + where + ".jwks must be the path of a JWKS file");
            }
            Path folder = file.toAbsolutePath().getParent();
            keys = readKeys(folder.resolve(jwks.asText()));
        }
        List<URI> jkus = new ArrayList<>();
        JsonNode jku = node.get("jku");
        if (jku != null) {
            if (!jku.isArray()) {
                throw new TrustException(file + ": " + where + ".jku must be an array of URLs");
            }
            for (int i = 0; i < jku.size(); i++) {
                jkus.add(url(file, where + ".jku[" + i + "]", jku.get(i)));
            }
        }
        try {
            return new IssuerTrust(iss.asText(), keys, jkus);
        } catch (IllegalArgumentException e) {
            throw new TrustException(file + ": " + where + ": " + e.getMessage());
        }
    }

    private static URI url(Path file, String where, JsonNode node) throws TrustException {
        try {
            URI uri = new URI(node.asText());
            if (!node.isTextual() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(node.asText(), "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new TrustException(file + ": " + where + " must be an absolute https URL, not `" + node.asText() + "`");
        }
    }

    /** The public keys of a JWKS file. */
    public static JWKSet readKeys(Path jwksFile) throws TrustException {
        if (!Files.isRegularFile(jwksFile)) {
            throw new TrustException(jwksFile + ": no such file");
        }
        try {
            JWKSet set = JWKSet.load(jwksFile.toFile()).toPublicJWKSet();
            if (set.getKeys().isEmpty()) {
                throw new TrustException(jwksFile + ": the key set has no public keys");
            }
            return set;
        } catch (IOException e) {
            throw new TrustException(jwksFile + ": cannot be read (" + e.getClass().getSimpleName().replace("Exception", "") + ")");
        } catch (ParseException e) {
            throw new TrustException(jwksFile + ": is not a JSON Web Key Set: " + e.getMessage());
        }
    }

    /** The trust of an issuer, when it is trusted. */
    public Optional<IssuerTrust> issuer(String iss) {
        return Optional.ofNullable(byIssuer.get(iss));
    }

    /** The trusted issuers' iss values. */
    public List<String> issuers() {
        return List.copyOf(byIssuer.keySet());
    }

    /** A trust file or key file that cannot be used; its message names the file and what is wrong. */
    public static final class TrustException extends Exception {
        private static final long serialVersionUID = 1L;

        public TrustException(String message) {
            super(message);
        }
    }
}
