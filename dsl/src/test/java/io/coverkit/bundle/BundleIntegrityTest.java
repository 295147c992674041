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
        String newer = refusal(withHeader("\"modelFormat\":" + current, "\"modelFormat\":" + (current + 1)));
        assertEquals("b.ckb: the bundle's models are in model format version " + (current + 1) + ", newer than this coverkit reads"
                + " (model format version " + current + "); load it with a newer coverkit-core", newer);
        String older = refusal(withHeader("\"modelFormat\":" + current, "\"modelFormat\":" + (current - 1)));
        assertTrue(older.contains("which this coverkit no longer reads (it reads version " + current + "); build the bundle again"), older);
    }

    @Test
    void aForgedHeaderThatDisagreesWithItsModelIsRefused() {
        BundledGuideline first = TestBundles.guidelines().get(0);
        String digest = first.sourceDigest();
        String forged = digest.substring(0, digest.length() - 1) + (digest.endsWith("0") ? "1" : "0");
        assertEquals("b.ckb: the bundle is damaged: guidelines[0] names `" + first.id() + "` (" + forged + ") but its model is `"
                + first.id() + "` (" + digest + ")", refusal(withHeader("\"sourceDigest\":\"" + digest, "\"sourceDigest\":\"" + forged)));
        String second = TestBundles.guidelines().get(1).id();
        assertEquals("b.ckb: the bundle's header names guideline `" + second + "` twice",
                refusal(withHeader("\"id\":\"" + first.id() + "\"", "\"id\":\"" + second + "\"")));
        assertEquals("b.ckb: the bundle's header has no field `guidelines[0].modelBytes`", refusal(withHeader("\"modelBytes\":", "\"modelBytez\":")));
        assertEquals("b.ckb: the bundle's header field `createdBy` is not text", refusal(withHeader("\"createdBy\":\"", "\"createdBy\":7,\"x\":\"")));
        assertEquals("b.ckb: the bundle's header field `format` is not a whole number", refusal(withHeader("\"format\":1", "\"format\":\"1\"")));
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
        assertEquals(3, BundleReader.read(new ByteArrayInputStream(bundle), "s", null).guidelines().size());
    }

    // The bundle with the first `from` in its header replaced by `to`, its lengths and digest made good, as a forger would.
    private static byte[] withHeader(String from, String to) {
        String latin = new String(bundle, StandardCharsets.ISO_8859_1);
        int headerEnd = BundleFormat.PREFIX + 4 + ByteBuffer.wrap(bundle).getInt(BundleFormat.PREFIX);
        String header = latin.substring(0, headerEnd);
        int at = header.indexOf(from);
        assertTrue(at >= 0, from);
        header = header.substring(0, at) + to + header.substring(at + from.length());
        byte[] edited = (header + latin.substring(headerEnd)).getBytes(StandardCharsets.ISO_8859_1);
        // a replacement of another length moves the content: its lengths are set to match
        int delta = edited.length - bundle.length;
        ByteBuffer buffer = ByteBuffer.wrap(edited);
        buffer.putLong(8, buffer.getLong(8) + delta);
        buffer.putInt(BundleFormat.PREFIX, buffer.getInt(BundleFormat.PREFIX) + delta);
        return TestBundles.redigested(edited);
    }
}
