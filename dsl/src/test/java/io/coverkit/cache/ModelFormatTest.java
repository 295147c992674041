package io.coverkit.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.model.Guideline;
import io.coverkit.model.SourceRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A model written to the cache reads back equal, source positions included; anything else does not read. */
class ModelFormatTest {

    private static List<Guideline> models;

    @BeforeAll
    static void load() {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        models = library.guidelineIds().stream().map(id -> library.evaluator(id).orElseThrow().guideline()).toList();
        assertTrue(models.size() >= 3, "policies read: " + models.size());
    }

    private static byte[] written(Guideline g) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelWriter.write(g, bytes);
        return bytes.toByteArray();
    }

    @Test
    void everyPolicyReadsBackEqualWithItsSourcePositions() throws IOException {
        for (Guideline g : models) {
            byte[] bytes = written(g);
            Guideline back = ModelReader.read(bytes);
            assertEquals(g, back, g.id());
            // equality ignores source positions by design; the cache must keep them all the same
            sameEverywhere(g, back, g.id());
            assertEquals(g.id(), ModelReader.id(new ByteArrayInputStream(bytes)));
        }
    }

    private static void sameEverywhere(Object expected, Object actual, String path) {
        if (expected instanceof SourceRef at) {
            SourceRef back = (SourceRef) actual;
            assertEquals(List.of(at.file(), at.line(), at.column()), List.of(back.file(), back.line(), back.column()), path);
        } else if (expected instanceof Record r) {
            assertEquals(r.getClass(), actual.getClass(), path);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                sameEverywhere(value(c, r), value(c, (Record) actual), path + "." + c.getName());
            }
        } else if (expected instanceof List<?> list) {
            List<?> back = (List<?>) actual;
            assertEquals(list.size(), back.size(), path);
            for (int i = 0; i < list.size(); i++) {
                sameEverywhere(list.get(i), back.get(i), path + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aTruncatedModelDoesNotRead() throws IOException {
        byte[] bytes = written(models.get(0));
        for (int length : new int[] {0, 3, 8, 20, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThrows(IOException.class, () -> ModelReader.read(cut), () -> "cut at " + length);
        }
    }

    @Test
    void anotherVersionDoesNotRead() throws IOException {
        byte[] bytes = written(models.get(0));
        bytes[7]++;
        byte[] other = bytes;
        assertThrows(IOException.class, () -> ModelReader.read(other));
        assertThrows(IOException.class, () -> ModelReader.id(new ByteArrayInputStream(other)));
    }

    /** A file of the right version whose model is one record of the named type, without components. */
    /** A stream over {@code bytes} that has written a cache file's header (magic, version, digest). */
    private static DataOutputStream headed(ByteArrayOutputStream bytes) throws IOException {
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(ModelFormat.MAGIC);
        out.writeInt(ModelFormat.VERSION);
        out.writeUTF("x");
        return out;
    }

    private static byte[] naming(String type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = headed(bytes);
        out.writeByte(ModelFormat.RECORD);
        out.writeInt(-1);
        out.writeUTF(type);
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.Runtime", "java.io.File", "io.coverkit.cli.Main", "io.coverkit.model.ClauseId",
            "io.coverkit.model.sub.Thing", "io.coverkit.model.NoSuchType"})
    void onlyRecordsAndEnumsOfTheModelAreEverNamed(String type) {
        assertThrows(IOException.class, () -> ModelReader.read(naming(type)));
    }

    @Test
    void aRecordOfTheWrongShapeOrValueDoesNotRead() throws IOException {
        // a SourceRef with a negative line breaks the record's own invariant
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = headed(bytes);
        out.writeByte(ModelFormat.SOURCE_REF);
        out.writeByte(ModelFormat.STRING);
        out.writeInt(1);
        out.write('f');
        out.writeInt(-1);
        out.writeInt(1);
        assertThrows(IOException.class, () -> ModelReader.read(bytes.toByteArray()));
        // a model that is not a guideline
        assertThrows(IOException.class, () -> ModelReader.read(naming("io.coverkit.model.Validity")));
    }

    @Test
    void hugeLengthsAndDeepNestingAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = headed(bytes);
        out.writeByte(ModelFormat.LIST);
        out.writeInt(Integer.MAX_VALUE);
        assertThrows(IOException.class, () -> ModelReader.read(bytes.toByteArray()));

        ByteArrayOutputStream deep = new ByteArrayOutputStream();
        DataOutputStream d = headed(deep);
        for (int i = 0; i < ModelFormat.MAX_DEPTH + 5; i++) {
            d.writeByte(ModelFormat.LIST);
            d.writeInt(1);
        }
        d.writeByte(ModelFormat.NULL);
        assertThrows(IOException.class, () -> ModelReader.read(deep.toByteArray()));
    }

    @Test
    void anUnknownTagOrAReferenceToNothingIsRefused() throws IOException {
        for (byte[] body : new byte[][] {{99}, {ModelFormat.STRING_AGAIN, 0, 0, 0, 5}, {ModelFormat.RECORD, 0, 0, 0, 3},
                {ModelFormat.DECIMAL, ModelFormat.NULL}}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = headed(bytes);
            out.write(body);
            assertThrows(IOException.class, () -> ModelReader.read(bytes.toByteArray()), () -> Arrays.toString(body));
        }
    }
}
