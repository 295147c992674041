package io.coverkit.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bundle's JSON header, read field by field: a field that is missing or of the wrong type is an
 * error naming it ({@code guidelines[2].sourceDigest}). Only reached once the content digest
 * matched, so these errors mean a writer bug or a hand-made file, never a damaged copy.
 *
 * @param format the layout version the header states
 * @param modelFormat the version of the model format of its models
 * @param vocabulary the vocabulary version of its models
 * @param createdBy what wrote it
 * @param entries its guidelines, in the order their models follow
 * @param end the offset of the first model, just after the header
 */
record BundleHeader(int format, int modelFormat, int vocabulary, String createdBy, List<Entry> entries, int end) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One guideline's header entry. */
    record Entry(String id, String source, String sourceDigest, LockState lock, int modelBytes) {}

    /** The header at {@code start} (its 4-byte length, then its JSON), within content ending at {@code contentEnd}. */
    static BundleHeader parse(byte[] bytes, int start, int contentEnd, String where) {
        int length = ByteBuffer.wrap(bytes).getInt(start);
        if (length < 2 || length > contentEnd - start - 4) {
            throw new BundleException(where + ": the bundle is damaged: its header length (" + length + ") is impossible");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes, start + 4, length);
        } catch (IOException e) {
            throw new BundleException(where + ": the bundle's header is not JSON", e);
        }
        Fields f = new Fields(where);
        int format = f.integer(root, "format");
        int modelFormat = f.integer(root, "modelFormat");
        int vocabulary = f.integer(root, "vocabulary");
        String createdBy = f.text(root, "createdBy");
        JsonNode list = f.field(root, "guidelines");
        if (!list.isArray()) {
            throw f.wrong("guidelines", "a list");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "guidelines[" + i + "]";
            JsonNode g = list.get(i);
            Entry entry = new Entry(f.text(g, at + ".id"), f.text(g, at + ".source"), f.text(g, at + ".sourceDigest"),
                    lock(f, g, at + ".lock"), f.integer(g, at + ".modelBytes"));
            if (entry.modelBytes() < 0) {
                throw f.wrong(at + ".modelBytes", "a length");
            }
            if (!ids.add(entry.id())) {
                throw new BundleException(where + ": the bundle's header names guideline `" + entry.id() + "` twice");
            }
            entries.add(entry);
        }
        return new BundleHeader(format, modelFormat, vocabulary, createdBy, List.copyOf(entries), start + 4 + length);
    }

    private static LockState lock(Fields f, JsonNode guideline, String at) {
        JsonNode lock = f.field(guideline, at);
        if (lock.isNull()) {
            return LockState.NONE;
        }
        String date = f.text(lock, at + ".lockedOn");
        try {
            return new LockState(LocalDate.parse(date), f.text(lock, at + ".digest"));
        } catch (DateTimeParseException e) {
            throw f.wrong(at + ".lockedOn", "a date");
        }
    }

    /** Reads fields by their path, the last part of which names the field in its object. */
    private record Fields(String where) {
        JsonNode field(JsonNode object, String path) {
            JsonNode value = object == null || !object.isObject() ? null : object.get(path.substring(path.lastIndexOf('.') + 1));
            if (value == null) {
                throw new BundleException(where + ": the bundle's header has no field `" + path + "`");
            }
            return value;
        }

        String text(JsonNode object, String path) {
            JsonNode value = field(object, path);
            if (!value.isTextual()) {
                throw wrong(path, "text");
            }
            return value.asText();
        }

        int integer(JsonNode object, String path) {
            JsonNode value = field(object, path);
            if (!value.isInt()) {
                throw wrong(path, "a whole number");
            }
            return value.asInt();
        }

        BundleException wrong(String path, String expected) {
            return new BundleException(where + ": the bundle's header field `" + path + "` is not " + expected);
        }
    }
}
