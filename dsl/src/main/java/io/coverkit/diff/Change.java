package io.coverkit.diff;

/**
 * One difference between two snapshots.
 *
 * @param key the snapshot key, such as {@code code/HCPCS/G6001}
 * @param before the entry's text before, or null when it was added
 * @param after the entry's text after, or null when it was removed
 * @param wording for a changed text, the words removed and added, written {@code [-old-]{+new+}}; else empty
 */
public record Change(Kind kind, Snapshot.Area area, String key, String label, String before, String after, String wording) {

    /** Whether the entry appeared, disappeared or changed. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }
}
