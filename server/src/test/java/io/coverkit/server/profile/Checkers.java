package io.coverkit.server.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Extension;

/** The one checker the profile tests share (loading it takes seconds), and their fixtures. */
final class Checkers {

    static final Path FIXTURES = Path.of("server/src/test/resources/profile");

    private static ProfileChecker checker;

    private Checkers() {}

    static synchronized ProfileChecker shared() {
        if (checker == null) {
            checker = ProfileChecker.load();
        }
        return checker;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses an extension written on its own (as the corpus files are) by carrying it on a Basic
     * resource; the parser's complaints come back as issues.
     */
    static Parsed extension(String extensionJson) {
        String json = "{\"resourceType\":\"Basic\",\"code\":{\"text\":\"carrier\"},\"extension\":[" + extensionJson + "]}";
        FhirJson.Parsed parsed = FhirJson.parse(shared().fhirContext(), json);
        if (parsed.resource() == null) {
            return new Parsed(null, parsed.issues());
        }
        Extension ext = ((Basic) parsed.resource()).getExtension().get(0);
        return new Parsed(ext, parsed.issues());
    }

    /** Parses and checks an extension written on its own: the parser's issues, then the checker's. */
    static List<ProfileIssue> checkExtensionJson(String extensionJson) {
        Parsed parsed = extension(extensionJson);
        List<ProfileIssue> all = new java.util.ArrayList<>(parsed.parseIssues());
        if (parsed.extension() != null) {
            all.addAll(shared().checkExtension(parsed.extension()));
        }
        return all;
    }

    /** An extension parsed from JSON (null when the parser refused it) and what the parser said. */
    record Parsed(Extension extension, List<ProfileIssue> parseIssues) {}

    static List<ProfileIssue> errors(List<ProfileIssue> issues) {
        return issues.stream().filter(ProfileIssue::isError).collect(Collectors.toList());
    }
}
