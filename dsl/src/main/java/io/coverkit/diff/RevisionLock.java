package io.coverkit.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.DiagnosticLimit;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.Correction;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each past revision of a guideline said, recorded when the guideline was last locked
 * ({@code coverkit lock}), so that {@code coverkit check} can tell when an edit changes the past.
 * Kept beside the policy file as {@code <id>.lock.json}; it is plain, readable JSON so a review
 * of a change shows what was locked.
 */
public record RevisionLock(String guideline, LocalDate lockedOn, List<Snapshot> revisions) {

    /** Made on first use: loading a policy only asks {@link #beside} where its lock would be. */
    private static final class Json {
        // A lock is a few levels deep; its longest string is a clause's text, within a policy file.
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_BYTES).maxNumberLength(32).build())
                        .build())
                .enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * The largest lock file read, in bytes: eight times the largest policy file, since a lock
     * records the words of every past revision (the bundled locks are at most five times their
     * policy). Larger files are not read, only reported.
     */
    public static final int MAX_BYTES = 8 << 20;

    /** The most revisions a lock file may record (the bundled guidelines have at most a few dozen). */
    public static final int MAX_REVISIONS = 1_000;

    /** The deepest nesting of JSON objects and arrays a lock file may have (a real lock has four). */
    public static final int MAX_DEPTH = 16;

    /**
     * The bytes of the lock file {@code lock}, at most {@link #MAX_BYTES} and one more, so that a
     * huge file costs no more to refuse than a lock at the bound costs to read.
     */
    public static byte[] readBounded(Path lock) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(lock)) {
            return in.readNBytes(MAX_BYTES + 1);
        }
    }

    public RevisionLock {
        revisions = List.copyOf(revisions);
    }

    /** The lock of every revision of {@code g} in force on or before {@code on}. */
    public static RevisionLock take(Guideline g, LocalDate on) {
        List<Snapshot> snapshots = new ArrayList<>();
        java.util.Set<LocalDate> taken = new java.util.HashSet<>();
        for (Revision r : g.revisions()) {
            // Revisions may share an effective date (R10 and R11 of an LCD): what is in force that day is locked once.
            if (!r.effective().isAfter(on) && taken.add(r.effective())) {
                snapshots.add(Snapshot.of(g, r.effective()));
            }
        }
        return new RevisionLock(g.id(), on, snapshots);
    }

    /** Where the lock of a policy file lives: {@code 04-77260-19.groovy} -> {@code 04-77260-19.lock.json}. */
    public static Path beside(Path policyFile) {
        String file = policyFile.getFileName().toString();
        String name = file.endsWith(".groovy") ? file.substring(0, file.length() - ".groovy".length()) : file;
        return policyFile.resolveSibling(name + ".lock.json");
    }

    /**
     * Every change {@code g} makes to what the locked revisions said: an error, or a warning when a
     * correction recorded on or after the lock's date explains it.
     */
    public List<Diagnostic> verify(Guideline g) {
        Optional<Correction> correction = g.corrections().stream()
                .filter(c -> !c.date().isBefore(lockedOn))
                .reduce((a, b) -> b);
        Map<String, List<LocalDate>> datesByChange = new LinkedHashMap<>();
        Map<String, Change> changes = new LinkedHashMap<>();
        Map<String, SourceRef> where = new LinkedHashMap<>();
        for (Snapshot locked : revisions) {
            io.coverkit.dsl.FileBudget.checkCurrent();
            Snapshot now = Snapshot.of(g, locked.date());
            for (Change c : GuidelineDiff.compare(locked, now)) {
                String key = c.kind() + "|" + c.key() + "|" + c.before() + "|" + c.after();
                changes.putIfAbsent(key, c);
                datesByChange.computeIfAbsent(key, k -> new ArrayList<>()).add(locked.date());
                Snapshot.Entry entry = now.entries().get(c.key());
                where.putIfAbsent(key, entry != null ? entry.at() : revisionAt(g, locked.date()));
            }
        }
        Diagnostics d = new Diagnostics();
        changes.forEach((key, c) -> {
            List<LocalDate> dates = datesByChange.get(key);
            String span = dates.size() == 1 ? "on " + dates.get(0)
                    : "from " + dates.get(0) + " to " + dates.get(dates.size() - 1);
            String what = describe(c) + ", which was in force " + span + " when the guideline was locked on " + lockedOn;
            if (correction.isPresent()) {
                d.warning(DiagnosticCode.C014, where.get(key), what + "; corrected on " + correction.get().date()
                        + ": " + correction.get().reason());
            } else {
                d.error(DiagnosticCode.C013, where.get(key), what,
                        "past revisions are immutable: add the change as a new revision, or record `correction '"
                                + LocalDate.now() + "', '<why>'` in `updateHistory` and run `coverkit lock`");
            }
        });
        return DiagnosticLimit.shown(d.sorted());
    }

    private static SourceRef revisionAt(Guideline g, LocalDate date) {
        return g.revisions().stream().filter(r -> r.effective().equals(date)).findFirst().map(Revision::at).orElse(g.at());
    }

    private static String describe(Change c) {
        return switch (c.kind()) {
            case ADDED -> "adds " + c.label();
            case REMOVED -> "removes " + c.label();
            case CHANGED -> "changes " + c.label() + ": " + c.wording();
        };
    }

    /**
     * Writes the lock as JSON, unless {@code file} already records the same revisions with the same
     * words: then it is left as it is, its {@code lockedOn} included, so that locking again after
     * an unrelated change leaves nothing to commit.
     *
     * @return whether the file was written
     */
    public boolean write(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) <= MAX_BYTES) {
            String existing = Files.readString(file, StandardCharsets.UTF_8);
            Optional<LocalDate> lockedBefore = lockedOnIn(existing);
            if (lockedBefore.isPresent() && existing.equals(json(lockedBefore.get()))) {
                return false;
            }
        }
        Files.writeString(file, json(lockedOn), StandardCharsets.UTF_8);
        return true;
    }

    private static Optional<LocalDate> lockedOnIn(String json) {
        try {
            return Optional.of(LocalDate.parse(Json.MAPPER.readTree(json).path("lockedOn").asText()));
        } catch (IOException | RuntimeException e) {
            // Unreadable or hand-edited: not the same content, so it is written afresh.
            return Optional.empty();
        }
    }

    private String json(LocalDate lockedOnDate) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("guideline", guideline);
        root.put("lockedOn", lockedOnDate.toString());
        ArrayNode list = root.putArray("revisions");
        for (Snapshot s : revisions) {
            ObjectNode node = list.addObject();
            node.put("date", s.date().toString());
            ObjectNode entries = node.putObject("entries");
            s.entries().forEach((key, e) -> entries.putObject(key)
                    .put("area", e.area().name()).put("label", e.label()).put("text", e.text()));
        }
        return Json.MAPPER.writeValueAsString(root) + "\n";
    }

    /** Reads a lock; a malformed one is a diagnostic at the lock file. */
    public static Optional<RevisionLock> read(Path file, Diagnostics diagnostics) {
        try {
            return read(file, readBounded(file), diagnostics);
        } catch (IOException e) {
            return unreadable(file, diagnostics);
        }
    }

    /**
     * Reads a revision lock from {@code bytes}, the content of {@code file} read by the caller (the
     * loader reads it once, for its cache key and for this); problems as {@link #read(Path, Diagnostics)}.
     */
    public static Optional<RevisionLock> read(Path file, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > MAX_BYTES) {
            diagnostics.error(DiagnosticCode.G001, new SourceRef(file.toString(), 1, 1),
                    "the revision lock is more than " + MAX_BYTES + " bytes; a lock file may have at most " + MAX_BYTES,
                    "restore it from version control or run `coverkit lock`");
            return Optional.empty();
        }
        try {
            // Strict, as Files.readString is: a lock that is not UTF-8 cannot be read.
            String json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            JsonNode root = Json.MAPPER.readTree(json);
            List<Snapshot> snapshots = new ArrayList<>();
            // Each locked revision costs a snapshot of the guideline to verify: a lock records one
            // per revision, and no more than a guideline can have.
            java.util.Set<LocalDate> dates = new java.util.HashSet<>();
            if (root.withArray("revisions").size() > MAX_REVISIONS) {
                return tooLarge(file, "records " + root.withArray("revisions").size() + " revisions; a lock may record at most "
                        + MAX_REVISIONS, diagnostics);
            }
            for (JsonNode node : root.withArray("revisions")) {
                LocalDate date = LocalDate.parse(node.get("date").asText());
                if (!dates.add(date)) {
                    return tooLarge(file, "records the revision of " + date + " twice", diagnostics);
                }
                Map<String, Snapshot.Entry> entries = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> f : node.get("entries").properties()) {
                    JsonNode e = f.getValue();
                    entries.put(f.getKey(), new Snapshot.Entry(Snapshot.Area.valueOf(e.get("area").asText()),
                            e.get("label").asText(), e.get("text").asText(), new SourceRef(file.toString(), 1, 1)));
                }
                snapshots.add(new Snapshot(date, date, entries));
            }
            return Optional.of(new RevisionLock(root.get("guideline").asText(), LocalDate.parse(root.get("lockedOn").asText()),
                    snapshots));
        } catch (StreamConstraintsException e) {
            diagnostics.error(DiagnosticCode.C015, new SourceRef(file.toString(), 1, 1),
                    "the revision lock cannot be read: its JSON is nested more than " + MAX_DEPTH
                            + " deep or holds a value longer than a lock file may",
                    "restore it from version control or run `coverkit lock`");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return unreadable(file, diagnostics);
        }
    }

    private static Optional<RevisionLock> tooLarge(Path file, String what, Diagnostics diagnostics) {
        diagnostics.error(DiagnosticCode.C015, new SourceRef(file.toString(), 1, 1), "the revision lock cannot be read: it " + what,
                "restore it from version control or run `coverkit lock`");
        return Optional.empty();
    }

    private static Optional<RevisionLock> unreadable(Path file, Diagnostics diagnostics) {
        diagnostics.error(DiagnosticCode.C015, new SourceRef(file.toString(), 1, 1),
                "the revision lock cannot be read; restore it from version control or run `coverkit lock`");
        return Optional.empty();
    }
}
