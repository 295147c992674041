package io.coverkit.cache;

import io.coverkit.model.Guideline;
import io.coverkit.model.SourceRef;
import io.coverkit.model.Validity;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a validated model in the cache's {@link ModelFormat}. */
public final class ModelWriter {

    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();
    private final Map<Class<?>, Integer> types = new HashMap<>();

    private ModelWriter(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    /**
     * Writes {@code guideline} to {@code out}.
     *
     * @throws IllegalArgumentException when the model holds a value the format has no tag for (a
     *     model type added without teaching the format); the caller then simply does not cache it
     */
    public static void write(Guideline guideline, OutputStream out) throws IOException {
        ModelWriter writer = new ModelWriter(out);
        writer.out.writeInt(ModelFormat.MAGIC);
        writer.out.writeInt(ModelFormat.VERSION);
        writer.out.writeUTF(guideline.id());
        writer.value(guideline, 0);
        writer.out.flush();
    }

    private void value(Object value, int depth) throws IOException {
        if (depth > ModelFormat.MAX_DEPTH) {
            throw new IllegalArgumentException("the model nests deeper than " + ModelFormat.MAX_DEPTH + " levels");
        }
        if (value == null) {
            out.writeByte(ModelFormat.NULL);
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Integer i) {
            out.writeByte(ModelFormat.INT);
            out.writeInt(i);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? ModelFormat.TRUE : ModelFormat.FALSE);
        } else if (value instanceof LocalDate d) {
            out.writeByte(ModelFormat.DATE);
            out.writeLong(d.toEpochDay());
        } else if (value instanceof BigDecimal d) {
            out.writeByte(ModelFormat.DECIMAL);
            string(d.toString());
        } else if (value instanceof SourceRef at) {
            out.writeByte(ModelFormat.SOURCE_REF);
            string(at.file());
            out.writeInt(at.line());
            out.writeInt(at.column());
        } else if (value instanceof Validity v) {
            out.writeByte(ModelFormat.VALIDITY);
            value(v.added(), depth + 1);
            value(v.deleted(), depth + 1);
        } else if (value instanceof List<?> list) {
            out.writeByte(ModelFormat.LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                value(item, depth + 1);
            }
        } else if (value instanceof Enum<?> e && isModel(e.getDeclaringClass())) {
            out.writeByte(ModelFormat.ENUM);
            type(e.getDeclaringClass());
            string(e.name());
        } else if (value instanceof Record r && isModel(r.getClass())) {
            out.writeByte(ModelFormat.RECORD);
            type(r.getClass());
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                value(read(component, r), depth + 1);
            }
        } else {
            throw new IllegalArgumentException("the model cache format has no tag for " + value.getClass().getName());
        }
    }

    private void string(String s) throws IOException {
        Integer seen = strings.get(s);
        if (seen != null) {
            out.writeByte(ModelFormat.STRING_AGAIN);
            out.writeInt(seen);
            return;
        }
        strings.put(s, strings.size());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeByte(ModelFormat.STRING);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    // A type is named the first time it occurs and numbered in that order; -1 announces a name.
    private void type(Class<?> type) throws IOException {
        Integer seen = types.get(type);
        if (seen != null) {
            out.writeInt(seen);
            return;
        }
        types.put(type, types.size());
        out.writeInt(-1);
        out.writeUTF(type.getName());
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith(ModelFormat.MODEL_PACKAGE);
    }

    private static Object read(RecordComponent component, Record r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + component.getName() + " of " + r.getClass().getName(), e);
        }
    }
}
