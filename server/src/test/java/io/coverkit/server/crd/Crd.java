package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** What the CRD tests share: the repository's policies loaded once, a fixed clock, and JSON helpers. */
final class Crd {

    static final String BASE = "http://127.0.0.1:8080";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T15:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();
    private static GuidelineLibrary library;

    private Crd() {}

    static synchronized GuidelineLibrary library() {
        if (library == null) {
            library = GuidelineLibrary.load(Path.of("policies"));
        }
        return library;
    }

    static CrdService service() {
        return new CrdService(Crd::library, CrdSettings.defaults(BASE), CLOCK);
    }

    static JsonNode json(Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
