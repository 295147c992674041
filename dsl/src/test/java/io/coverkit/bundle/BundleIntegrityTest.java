package io.coverkit.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A damaged, altered, truncated or newer bundle is refused with a message that says so; never decoded. */
class BundleIntegrityTest {

    private static byte[] bundle;

    @BeforeAll
    static void write() {
        bundle = TestBundles.unsigned();
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(BundleException.class, () -> BundleReader.read(bytes, "b.ckb", null)).getMessage();
    }

    @Test
    void aChangedByteAnywhereInTheContentIsRefusedAsAltered() {
        int end = TestBundles.contentEnd(bundle);
        // one byte in the header, in each part of the models, and the last byte of the content
        Random random = new Random(16);
        int[] offsets = new int[12];
        offsets[0] = 20;
        offsets[1] = end - 1;
        for (int i = 2; i < offsets.length; i++) {
            offsets[i] = BundleFormat.PREFIX + random.nextInt(end - BundleFormat.PREFIX);
        }
        for (int at : offsets) {
            byte[] tampered = bundle.clone();
            tampered[at] ^= 0x01;
            String message = refusal(tampered);
            assertTrue(message.startsWith("b.ckb: the bundle is damaged or was altered: its content's digest is sha256:"), at + ": " + message);
            assertTrue(message.contains("but the digest recorded in it is sha256:"), message);
        }
        // and a changed byte of the recorded digest itself
        byte[] tampered = bundle.clone();
        tampered[end + 5] ^= 0x40;
        assertTrue(refusal(tampered).startsWith("b.ckb: the bundle is damaged or was altered"));
    }

    @Test
    void aTruncatedBundleIsRefusedAsTruncated() {
        for (int length : new int[] {bundle.length - 1, bundle.length - 4, TestBundles.contentEnd(bundle) + 10,
                TestBundles.contentEnd(bundle), bundle.length / 2, 100, 17, 10}) {
            String message = refusal(Arrays.copyOf(bundle, length));
            assertTrue(message.startsWith("b.ckb: the bundle is truncated: it is " + length + " bytes, but its layout needs at least "), message);
        }
    }

    @Test
    void anImpossibleContentLengthIsRefused() {
        for (long length : new long[] {Long.MAX_VALUE, Long.MAX_VALUE - 20, -1, Long.MIN_VALUE, (256L << 20) + 1}) {
            byte[] altered = bundle.clone();
            ByteBuffer.wrap(altered).putLong(8, length);
            assertEquals("b.ckb: the bundle is damaged or was altered: its content length (" + length + ") is impossible", refusal(altered));
        }
        byte[] shorter = bundle.clone();
        ByteBuffer.wrap(shorter).putLong(8, ByteBuffer.wrap(shorter).getLong(8) - 1);
        assertTrue(refusal(shorter).startsWith("b.ckb: the bundle is damaged or was altered: its content's digest is "));
    }

    @Test
    void bytesAfterTheEndAreRefused() {
        byte[] longer = Arrays.copyOf(bundle, bundle.length + 3);
        assertEquals("b.ckb: the bundle has 3 bytes after its end; the file is damaged or was altered", refusal(longer));
    }

    @Test
    void somethingElseIsNotABundle() {
        String expected = "b.ckb: not a coverkit bundle (a bundle starts with the bytes `CKBN`; `coverkit bundle` writes one)";
        assertEquals(expected, refusal("{\"guideline\": \"04-77260-19\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, refusal(new byte[0]));
        assertEquals(expected, refusal(Arrays.copyOf("guideline".getBytes(StandardCharsets.UTF_8), 40)));
    }

    @Test
    void aNewerFormatIsRefusedNamingBothVersions() {
        byte[] newer = bundle.clone();
        ByteBuffer.wrap(newer).putInt(4, BundleFormat.VERSION + 1);
        assertEquals("b.ckb: the bundle is format version " + (BundleFormat.VERSION + 1) + ", newer than this coverkit reads (format version "
                + BundleFormat.VERSION + "); load it with a newer coverkit-core, or build the bundle with this coverkit", refusal(newer));
        // a newer layout is refused by its version before anything else: even truncated
        assertTrue(refusal(Arrays.copyOf(newer, 20)).contains("is format version " + (BundleFormat.VERSION + 1)));
    }

    @Test
    void aNewerVocabularyIsRefusedNamingBothVersions() {
        byte[] newer = BundleWriter.write(TestBundles.guidelines(), null, BundleFormat.VERSION, BundleFormat.VOCABULARY_VERSION + 1);
        assertEquals("b.ckb: the bundle's guidelines use vocabulary version " + (BundleFormat.VOCABULARY_VERSION + 1)
                + ", newer than this coverkit evaluates (vocabulary version " + BundleFormat.VOCABULARY_VERSION
                + "); load it with a newer coverkit-core", refusal(newer));
    }

    @Test
    void aNewerOrOlderModelFormatIsRefusedNamingBothVersions() {
        int current = io.coverkit.cache.ModelReader.formatVersion();
        String newer = refusal(BundleWriter.write(TestBundles.guidelines(), null, BundleFormat.VERSION, BundleFormat.VOCABULARY_VERSION,
                current + 1));
        assertEquals("b.ckb: the bundle's models are in model format version " + (current + 1) + ", newer than this coverkit reads"
                + " (model format version " + current + "); load it with a newer coverkit-core", newer);
        String older = refusal(BundleWriter.write(TestBundles.guidelines(), null, BundleFormat.VERSION, BundleFormat.VOCABULARY_VERSION,
                current - 1));
        assertTrue(older.contains("which this coverkit no longer reads (it reads version " + current + "); build the bundle again"), older);
    }

    @Test
    void aForgedHeaderThatDisagreesWithItsModelIsRefused() {
        BundledGuideline first = TestBundles.guidelines().get(0);
        String digest = first.sourceDigest();
        String forged = digest.substring(0, digest.length() - 1) + (digest.endsWith("0") ? "1" : "0");
        assertEquals("b.ckb: the bundle is damaged: its header names `" + first.id() + "` (" + forged + ") but its model is `"
                + first.id() + "` (" + digest + ")", refusal(withHeader(digest, forged)));
        String id = first.id();
        String otherId = id.substring(0, id.length() - 1) + (id.endsWith("0") ? "1" : "0");
        assertTrue(refusal(withHeader(id, otherId)).startsWith("b.ckb: the bundle is damaged: its header names `" + otherId + "` ("));
        // a guideline count larger than the header holds
        byte[] more = bundle.clone();
        int count = BundleFormat.PREFIX + 8 + 2 + BundleWriter.CREATED_BY.length();
        assertEquals(TestBundles.guidelines().size(), ByteBuffer.wrap(more).getInt(count));
        ByteBuffer.wrap(more).putInt(count, 1_000_000);
        assertEquals("b.ckb: the bundle is damaged: its guideline count (1000000) is impossible", refusal(TestBundles.redigested(more)));
        ByteBuffer.wrap(more).putInt(count, TestBundles.guidelines().size() + 1);
        assertTrue(refusal(TestBundles.redigested(more)).startsWith("b.ckb: the bundle is damaged"));
    }

    @Test
    void anOversizedStreamIsRefusedBeforeItIsHeld() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return len;
            }
        };
        BundleException e = assertThrows(BundleException.class, () -> BundleReader.read(endless, "s", null));
        assertEquals("s: larger than a bundle may be (256 MiB)", e.getMessage());
        assertEquals(io.coverkit.api.GuidelineLibrary.policyFiles(java.nio.file.Path.of("policies")).size(), BundleReader.read(new ByteArrayInputStream(bundle), "s", null).guidelines().size());
    }

    // The bundle with the first `from` in its header replaced by `to` (of the same length), its digest made good, as a forger would.
    private static byte[] withHeader(String from, String to) {
        assertEquals(from.length(), to.length());
        String latin = new String(bundle, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(from);
        assertTrue(at > 0 && at < latin.indexOf("CKMD"), "in the header: " + from);
        return TestBundles.redigested((latin.substring(0, at) + to + latin.substring(at + from.length())).getBytes(StandardCharsets.ISO_8859_1));
    }
}
