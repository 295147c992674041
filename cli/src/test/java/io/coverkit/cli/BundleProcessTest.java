package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.examples.ExampleRequests;
import io.coverkit.examples.RepositoryPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coverkit bundle}, and {@code eval} and {@code batch} deciding from the bundle, each run
 * as its own process laid out as the distribution runs it.
 */
class BundleProcessTest {

    private static final Path HERE = Path.of("").toAbsolutePath();

    @TempDir
    static Path dir;

    private static Path bundle;
    private static CliProcess written;

    @BeforeAll
    static void writeTheBundle() throws Exception {
        bundle = dir.resolve("policies.ckb");
        written = CliProcess.run(HERE, "bundle", "policies", "-o", bundle.toString());
    }

    @Test
    void writesTheValidatedPoliciesIntoOneFile() {
        assertEquals(0, written.code(), written.err());
        assertEquals(RepositoryPolicies.count() + " files checked: 0 errors, 0 warnings", written.lines().get(0));
        assertTrue(written.lines().get(1).matches("wrote " + java.util.regex.Pattern.quote(bundle.toString())
                + ": " + RepositoryPolicies.count() + " guidelines, [0-9]+ bytes, sha256:[0-9a-f]{64}, not signed"), written.out());
        assertTrue(Files.isRegularFile(bundle));
    }

    @Test
    void evalAndBatchDecideFromTheBundleAsFromThePolicies() throws Exception {
        for (String example : List.of("examples/meets-medical-necessity.json", "examples/ldct/first-screening-meets.json",
                "examples/osteoporosis/tymlos-cap-reached.json", "examples/malformed-request.json")) {
            CliProcess policies = CliProcess.run(HERE, "eval", example, "--policies", "policies", "--explain");
            CliProcess fromBundle = CliProcess.run(HERE, "eval", example, "--bundle", bundle.toString(), "--explain");
            assertEquals(policies.code(), fromBundle.code(), example);
            assertEquals(policies.out(), fromBundle.out(), example);
            assertEquals(policies.err(), fromBundle.err(), example);
        }
        Path requests = dir.resolve("examples.ndjson");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
            for (Path example : walk.filter(p -> p.toString().endsWith(".json")).filter(ExampleRequests::outsideProjects).sorted().toList()) {
                lines.add(json.readTree(example.toFile()).toString());
            }
        }
        Files.write(requests, lines);
        CliProcess policies = CliProcess.run(HERE, "batch", requests.toString(), "--policies", "policies");
        CliProcess fromBundle = CliProcess.run(HERE, "batch", requests.toString(), "--bundle", bundle.toString());
        assertEquals(policies.code(), fromBundle.code());
        assertEquals(lines.size(), fromBundle.lines().size());
        assertEquals(policies.out(), fromBundle.out());
    }

    @Test
    void aSignedBundleDecidesWithItsKeyAndIsRefusedWithAnother() throws Exception {
        KeyPair pair = ec();
        Path key = pem(dir.resolve("key.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
        Path pub = pem(dir.resolve("pub.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
        Path otherPub = pem(dir.resolve("other.pem"), "PUBLIC KEY", ec().getPublic().getEncoded());
        Path signed = dir.resolve("signed.ckb");
        CliProcess sign = CliProcess.run(HERE, "bundle", "policies", "-o", signed.toString(), "--sign-key", key.toString());
        assertEquals(0, sign.code(), sign.err());
        assertTrue(sign.out().contains(", signed ES256"), sign.out());
        String example = "examples/meets-medical-necessity.json";
        CliProcess verified = CliProcess.run(HERE, "eval", example, "--bundle", signed.toString(), "--bundle-key", pub.toString());
        assertEquals(0, verified.code(), verified.err());
        assertTrue(verified.out().contains("\"MEETS_MEDICAL_NECESSITY\""));

        CliProcess wrong = CliProcess.run(HERE, "eval", example, "--bundle", signed.toString(), "--bundle-key", otherPub.toString());
        assertEquals(1, wrong.code());
        assertEquals(signed + ": the bundle's signature does not verify with the configured key (ES256): it was signed with"
                + " another key, or altered", wrong.err().strip());
        assertEquals("", wrong.out());

        CliProcess unsigned = CliProcess.run(HERE, "batch", "examples/meets-medical-necessity.json", "--bundle", bundle.toString(),
                "--bundle-key", pub.toString());
        assertEquals(1, unsigned.code());
        assertEquals(bundle + ": the bundle is not signed, and a signed bundle is required (a verification key is configured);"
                + " sign it with `coverkit bundle --sign-key PEM`", unsigned.err().strip());

        CliProcess publicToSign = CliProcess.run(HERE, "bundle", "policies", "-o", dir.resolve("x.ckb").toString(), "--sign-key", pub.toString());
        assertEquals(2, publicToSign.code());
        assertEquals("--sign-key: " + pub + ": the PEM block is `PUBLIC KEY`, but a `PRIVATE KEY` block is needed; signing needs the"
                + " private key", publicToSign.err().strip());
        assertFalse(Files.exists(dir.resolve("x.ckb")));
    }

    @Test
    void aTamperedBundleIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 0x10;
        Path tampered = dir.resolve("tampered.ckb");
        Files.write(tampered, bytes);
        CliProcess run = CliProcess.run(HERE, "eval", "examples/meets-medical-necessity.json", "--bundle", tampered.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith(tampered + ": the bundle is damaged or was altered: its content's digest is sha256:"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void policiesWithErrorsMakeNoBundle() throws Exception {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(Path.of("policies/04-77260-19.groovy"), broken.resolve("04-77260-19.groovy"));
        Files.writeString(broken.resolve("bad.groovy"), "guideline('99-00000-01') {\n    title 'Broken on purpose'\n    colour 'red'\n}\n");
        Path out = dir.resolve("broken.ckb");
        CliProcess run = CliProcess.run(HERE, "bundle", broken.toString(), "-o", out.toString());
        CliProcess check = CliProcess.run(HERE, "check", broken.toString());
        assertEquals(1, run.code());
        assertEquals(check.out(), run.out(), "diagnostics as check prints them");
        assertTrue(run.out().contains(broken.resolve("bad.groovy") + ":3:5: error["), run.out());
        assertEquals(out + ": not written: the policy files have errors", run.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void theOptionsAreChecked() throws Exception {
        String example = "examples/meets-medical-necessity.json";
        for (String command : List.of("eval", "batch")) {
            CliProcess both = CliProcess.run(HERE, command, example, "--bundle", bundle.toString(), "--policies", "policies");
            assertEquals(2, both.code(), command);
            assertEquals("--bundle: cannot be combined with --policies; a bundle already holds the compiled guidelines, so give one"
                    + " or the other", both.err().strip(), command);
            CliProcess keyAlone = CliProcess.run(HERE, command, example, "--bundle-key", "pub.pem");
            assertEquals(2, keyAlone.code(), command);
            assertEquals("--bundle-key: verifies a bundle's signature, so it needs --bundle FILE", keyAlone.err().strip(), command);
            CliProcess missing = CliProcess.run(HERE, command, example, "--bundle", dir.resolve("none.ckb").toString());
            assertEquals(1, missing.code(), command);
            assertEquals(dir.resolve("none.ckb") + ": no such bundle file", missing.err().strip(), command);
        }
        CliProcess notABundle = CliProcess.run(HERE, "eval", example, "--bundle", example);
        assertEquals(1, notABundle.code());
        assertEquals(example + ": not a coverkit bundle (a bundle starts with the bytes `CKBN`; `coverkit bundle` writes one)",
                notABundle.err().strip());
        CliProcess noOutput = CliProcess.run(HERE, "bundle", "policies");
        assertEquals(2, noOutput.code());
        assertTrue(noOutput.err().startsWith("Missing required option: '--output=FILE'"), noOutput.err());
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static Path pem(Path file, String label, byte[] der) throws IOException {
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n");
        return file;
    }
}
