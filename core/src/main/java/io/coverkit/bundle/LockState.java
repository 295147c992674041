package io.coverkit.bundle;

import java.time.LocalDate;

/**
 * A guideline's revision lock as it was when the bundle was built: when it was locked
 * ({@code coverkit lock}) and the digest of its lock file, or {@link #NONE} when the guideline has
 * no lock.
 *
 * @param lockedOn the date the lock records, or null when not locked
 * @param digest {@code sha256:} of the lock file's bytes, or null when not locked
 */
public record LockState(LocalDate lockedOn, String digest) {

    /** A guideline without a revision lock. */
    public static final LockState NONE = new LockState(null, null);

    public LockState {
        if ((lockedOn == null) != (digest == null)) {
            throw new IllegalArgumentException("a lock state has both its date and its digest, or neither");
        }
    }

    /** True when the guideline had a revision lock. */
    public boolean locked() {
        return digest != null;
    }
}
