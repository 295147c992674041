package io.coverkit.bundle;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A bundle's header: the versions, what wrote it, and one entry per guideline, in the order their
 * models follow. Binary ({@link DataOutputStream}: big-endian integers, strings as modified UTF-8
 * with a 2-byte length) rather than JSON: a command that decides one request from a bundle would
 * otherwise spend more on setting up a JSON mapper than on deciding. Only read once the content
 * digest matched, so a malformed header means a writer bug or a hand-made file, never a damaged copy.
 *
 * @param modelFormat the version of the model format of its models
 * @param vocabulary the vocabulary version of its models
 * @param createdBy what wrote it
 * @param entries its guidelines, in the order their models follow
 * @param end the offset of the first model, just after the header
 */
record BundleHeader(int modelFormat, int vocabulary, String createdBy, List<Entry> entries, int end) {

    /** One guideline's header entry. */
    record Entry(String id, String source, String sourceDigest, LockState lock, int modelBytes) {}

    /** Writes a header. */
    static void write(DataOutputStream out, int modelFormat, int vocabulary, String createdBy, List<Entry> entries) throws IOException {
        out.writeInt(modelFormat);
        out.writeInt(vocabulary);
        out.writeUTF(createdBy);
        out.writeInt(entries.size());
        for (Entry e : entries) {
            out.writeUTF(e.id());
            out.writeUTF(e.source());
            out.writeUTF(e.sourceDigest());
            out.writeBoolean(e.lock().locked());
            if (e.lock().locked()) {
                out.writeLong(e.lock().lockedOn().toEpochDay());
                out.writeUTF(e.lock().digest());
            }
            out.writeInt(e.modelBytes());
        }
    }

    /** The header at {@code start}, within content ending at {@code contentEnd}. */
    static BundleHeader read(byte[] bytes, int start, int contentEnd, String where) {
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes, start, contentEnd - start);
        DataInputStream in = new DataInputStream(stream);
        try {
            int modelFormat = in.readInt();
            int vocabulary = in.readInt();
            String createdBy = in.readUTF();
            int count = in.readInt();
            // every entry takes more than a dozen bytes: a count beyond what is left is refused before a list is made for it
            if (count < 0 || count > stream.available() / 12) {
                throw damaged(where, "its guideline count (" + count + ") is impossible");
            }
            List<Entry> entries = new ArrayList<>(count);
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < count; i++) {
                Entry entry = new Entry(in.readUTF(), in.readUTF(), in.readUTF(), lock(in), in.readInt());
                if (entry.modelBytes() < 0) {
                    throw damaged(where, "the model length of guideline `" + entry.id() + "` is negative");
                }
                if (!ids.add(entry.id())) {
                    throw damaged(where, "its header names guideline `" + entry.id() + "` twice");
                }
                entries.add(entry);
            }
            return new BundleHeader(modelFormat, vocabulary, createdBy, List.copyOf(entries), contentEnd - stream.available());
        } catch (IOException | DateTimeException | IllegalArgumentException e) {
            throw new BundleException(where + ": the bundle is damaged: its header does not read", e);
        }
    }

    private static LockState lock(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return LockState.NONE;
        }
        return new LockState(LocalDate.ofEpochDay(in.readLong()), in.readUTF());
    }

    private static BundleException damaged(String where, String why) {
        return new BundleException(where + ": the bundle is damaged: " + why);
    }
}
