package io.coverkit.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.coverkit.api.GuidelineInfo;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /health}: whether the server answers, how many guidelines it serves, and a digest of
 * the set (each guideline's id and source digest), so an operator can tell which policies are in
 * service after a reload; and the self-check's counts (how many hook responses it checked, found
 * problems in, skipped by sampling, dropped because its queue was full).
 */
final class Health {

    private static final JsonFactory JSON = new JsonFactory();

    private Health() {}

    static Reply of(GuidelineLibrary library, String version, SelfCheck selfCheck) {
        List<String> ids = library.guidelineIds();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String id : ids) {
            Optional<GuidelineInfo> info = library.guideline(id);
            sha.update((id + '\t' + info.map(GuidelineInfo::sourceDigest).orElse("") + '\n').getBytes(StandardCharsets.UTF_8));
        }
        String digest = "sha256:" + HexFormat.of().formatHex(sha.digest());
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("status", "up");
            g.writeStringField("version", version);
            g.writeNumberField("guidelines", ids.size());
            g.writeStringField("policiesDigest", digest);
            g.writeNumberField("unavailable", library.brokenFiles().size());
            g.writeObjectFieldStart("selfCheck");
            g.writeNumberField("every", selfCheck.every());
            g.writeNumberField("checked", selfCheck.checked());
            g.writeNumberField("withProblems", selfCheck.withProblems());
            g.writeNumberField("skipped", selfCheck.skipped());
            g.writeNumberField("dropped", selfCheck.dropped());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(200, Reply.JSON, out.toByteArray());
    }
}
