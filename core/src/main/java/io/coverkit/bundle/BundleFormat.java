package io.coverkit.bundle;

/**
 * The layout of a bundle file, all integers big-endian, strings as in {@link java.io.DataOutput#writeUTF}
 * (a 2-byte length, then modified UTF-8):
 *
 * <pre>
 * offset  size  field
 * 0       4     magic: the bytes {@code CKBN}
 * 4       4     format version ({@link #VERSION})
 * 8       8     content length L
 * 16      L     content:
 *                 header: model format version (4), vocabulary version (4), created by (string),
 *                   guideline count N (4), then N entries: id, source file, source digest
 *                   (strings), locked (1 byte), when locked the lock's date (8: epoch day) and the
 *                   lock file's digest (string), model length (4)
 *                 the N models in the model cache's format ({@code io.coverkit.cache}), in order
 * 16+L    32    SHA-256 of bytes 0 .. 16+L (magic, version, length and content)
 * 48+L    4     signature length S (0: not signed)
 * 52+L    S     the signature: a JWS in compact serialisation (ES256 or RS256) whose payload
 *               is {@code {"digest":"sha256:<hex of the SHA-256 above>"}}
 * </pre>
 *
 * The file ends there; trailing bytes are refused. The format version is read before anything
 * else, so a newer layout is refused by name; the digest is checked before the header is read, so
 * a damaged or altered byte anywhere is reported as such rather than as whatever it happened to
 * break. No time stamp is written: the same policies give the same bytes, so a CI can tell whether
 * a bundle changed.
 */
public final class BundleFormat {

    /** The layout version this build writes and the newest it reads. */
    public static final int VERSION = 1;

    /**
     * The version of the policy vocabulary (and so of the model and its evaluation) this build
     * carries. Raised when the vocabulary gains a construct that an older core would not evaluate
     * the same way; a bundle of a newer vocabulary is refused rather than decided wrongly.
     */
    public static final int VOCABULARY_VERSION = 1;

    /** {@code CKBN}: the first four bytes of every bundle. */
    static final int MAGIC = 0x434B424E;

    /** Bytes before the content: magic, version, content length. */
    static final int PREFIX = 16;

    /** Bytes of the SHA-256 digest. */
    static final int DIGEST_BYTES = 32;

    /**
     * The largest bundle read, in bytes. The bundled policies make a bundle of well under a
     * megabyte; a file much larger than any real library is refused before it fills memory.
     */
    static final int MAX_BYTES = 256 << 20;

    /** The longest signature read: an RS256 signature with a 4096-bit key is under 1 KiB. */
    static final int MAX_SIGNATURE = 64 << 10;

    private BundleFormat() {}
}
