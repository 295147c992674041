package io.coverkit.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading trusted issuers from the command line's options and from a trust file. */
class TrustedIssuersTest {

    @TempDir
    Path dir;

    private Path keys() throws Exception {
        Path file = dir.resolve("ehr-keys.json");
        // a private key in the file is reduced to its public part
        Files.writeString(file, new JWKSet(Tokens.ecKey("ec-1")).toString(false));
        return file;
    }

    @Test
    void issuersFromTheCommandLineShareOneKeySet() throws Exception {
        TrustedIssuers t = TrustedIssuers.of(List.of("https://a.example.org", "https://b.example.org"), keys());
        assertEquals(List.of("https://a.example.org", "https://b.example.org").size(), t.issuers().size());
        assertEquals("ec-1", t.issuer("https://b.example.org").orElseThrow().keys().getKeys().get(0).getKeyID());
        assertTrue(!t.issuer("https://a.example.org").orElseThrow().keys().getKeys().get(0).isPrivate());
    }

    @Test
    void aTrustFileGivesEachIssuerItsKeysAndJkus() throws Exception {
        keys();
        Path trust = dir.resolve("trust.json");
        Files.writeString(trust, "{\"issuers\":[{\"iss\":\"https://ehr.example.org\",\"jwks\":\"ehr-keys.json\","
                + "\"jku\":[\"https://ehr.example.org/jwks.json\"]},{\"iss\":\"https://other.example.org\",\"jku\":[\"https://other.example.org/k\"]}]}");
        TrustedIssuers t = TrustedIssuers.read(trust);
        assertEquals(List.of(URI.create("https://ehr.example.org/jwks.json")), t.issuer("https://ehr.example.org").orElseThrow().allowedJkus());
        assertEquals(1, t.issuer("https://ehr.example.org").orElseThrow().keys().getKeys().size());
        assertTrue(t.issuer("https://other.example.org").orElseThrow().keys().getKeys().isEmpty());
        assertTrue(t.issuer("https://nobody.example.org").isEmpty());
    }

    @Test
    void mistakesInATrustFileNameThePlace() throws Exception {
        keys();
        assertEquals(dir.resolve("t.json") + ": issuers[0].kid is not a known field (iss, jwks, jku)",
                problem("{\"issuers\":[{\"iss\":\"x\",\"jwks\":\"ehr-keys.json\",\"kid\":\"1\"}]}"));
        assertEquals(dir.resolve("t.json") + ": issuers[0].jku[0] must be an absolute https URL, not `ftp://x`",
                problem("{\"issuers\":[{\"iss\":\"x\",\"jku\":[\"ftp://x\"]}]}"));
        assertEquals(dir.resolve("t.json") + ": issuers[0]: issuer `x` has no keys: give it a JWKS file or an allowed jku",
                problem("{\"issuers\":[{\"iss\":\"x\"}]}"));
        assertEquals(dir.resolve("t.json") + ": `issuers` must be a non-empty array of {iss, jwks, jku}", problem("{}"));
        assertEquals(dir.resolve("missing.json") + ": no such file", problem("{\"issuers\":[{\"iss\":\"x\",\"jwks\":\"missing.json\"}]}"));
        assertTrue(problem("{\"issuers\":").startsWith(dir.resolve("t.json") + ": cannot be read as JSON"));
    }

    @Test
    void aKeyFileThatIsNotAKeySetIsNamed() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"keys\": 3}");
        TrustedIssuers.TrustException e = assertThrows(TrustedIssuers.TrustException.class, () -> TrustedIssuers.readKeys(bad));
        assertTrue(e.getMessage().startsWith(bad + ": is not a JSON Web Key Set"), e.getMessage());
    }

    private String problem(String json) throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, json);
        return assertThrows(TrustedIssuers.TrustException.class, () -> TrustedIssuers.read(file)).getMessage();
    }
}
