package io.coverkit.cache;

import io.coverkit.model.Guideline;
import io.coverkit.model.SourceRef;
import io.coverkit.model.Validity;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads a model written by {@link ModelWriter}. Every record is built through its canonical
 * constructor, so the model's own invariants are checked again on the way in; anything that does
 * not decode to a {@link Guideline} is an {@link IOException}.
 */
public final class ModelReader {

    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();
    private final List<Type> types = new ArrayList<>();

    /** A record's canonical constructor, or an enum's constants. */
    private record Type(Class<?> type, Constructor<?> constructor, int components, Object[] constants) {}

    private ModelReader(byte[] bytes) {
        this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** The version of the model format this build reads and writes (a bundle records it). */
    public static int formatVersion() {
        return ModelFormat.VERSION;
    }

    /** The guideline id in a model file's header, without reading the model. */
    public static String id(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != ModelFormat.MAGIC || data.readInt() != ModelFormat.VERSION) {
            throw new IOException("not a model file of this version");
        }
        return data.readUTF();
    }

    /** The model in a file's {@code bytes}. */
    public static Guideline read(byte[] bytes) throws IOException {
        ModelReader reader = new ModelReader(bytes);
        String id = id(reader.in);
        try {
            if (reader.value(0) instanceof Guideline g && g.id().equals(id)) {
                return g;
            }
        } catch (RuntimeException e) {
            throw new IOException("the model does not decode", e);
        }
        throw new IOException("the file does not hold the guideline its header names");
    }

    private Object value(int depth) throws IOException {
        if (depth > ModelFormat.MAX_DEPTH) {
            throw new IOException("the model nests deeper than " + ModelFormat.MAX_DEPTH + " levels");
        }
        byte tag = in.readByte();
        return switch (tag) {
            case ModelFormat.NULL -> null;
            case ModelFormat.STRING, ModelFormat.STRING_AGAIN -> string(tag);
            case ModelFormat.INT -> in.readInt();
            case ModelFormat.TRUE -> Boolean.TRUE;
            case ModelFormat.FALSE -> Boolean.FALSE;
            case ModelFormat.DATE -> LocalDate.ofEpochDay(in.readLong());
            case ModelFormat.DECIMAL -> new BigDecimal(string(in.readByte()));
            case ModelFormat.LIST -> list(depth);
            case ModelFormat.ENUM -> constant();
            case ModelFormat.RECORD -> record(depth);
            case ModelFormat.SOURCE_REF -> sourceRef();
            case ModelFormat.VALIDITY -> validity(depth);
            default -> throw new IOException("unknown tag " + tag);
        };
    }

    private String string(byte tag) throws IOException {
        if (tag == ModelFormat.STRING_AGAIN) {
            return strings.get(index(in.readInt(), strings.size()));
        }
        if (tag != ModelFormat.STRING) {
            throw new IOException("a string was expected, found tag " + tag);
        }
        byte[] bytes = new byte[size(in.readInt())];
        in.readFully(bytes);
        String s = new String(bytes, StandardCharsets.UTF_8);
        strings.add(s);
        return s;
    }

    private SourceRef sourceRef() throws IOException {
        try {
            return new SourceRef(string(in.readByte()), in.readInt(), in.readInt());
        } catch (IllegalArgumentException e) {
            throw new IOException("not a source position", e);
        }
    }

    private Validity validity(int depth) throws IOException {
        Object added = value(depth + 1);
        Object deleted = value(depth + 1);
        if ((added != null && !(added instanceof LocalDate)) || (deleted != null && !(deleted instanceof LocalDate))) {
            throw new IOException("a validity holds dates");
        }
        try {
            return new Validity((LocalDate) added, (LocalDate) deleted);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a validity", e);
        }
    }

    private List<Object> list(int depth) throws IOException {
        Object[] items = new Object[size(in.readInt())];
        boolean nulls = false;
        for (int i = 0; i < items.length; i++) {
            items[i] = value(depth + 1);
            nulls |= items[i] == null;
        }
        return nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
    }

    private Object constant() throws IOException {
        Type type = type();
        String name = string(in.readByte());
        if (type.constants() == null) {
            throw new IOException(type.type().getName() + " is not an enum");
        }
        for (Object constant : type.constants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IOException(type.type().getName() + " has no constant " + name);
    }

    private Object record(int depth) throws IOException {
        Type type = type();
        if (type.constructor() == null) {
            throw new IOException(type.type().getName() + " is not a record");
        }
        Object[] args = new Object[type.components()];
        for (int i = 0; i < args.length; i++) {
            args[i] = value(depth + 1);
        }
        try {
            return type.constructor().newInstance(args);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException | IllegalArgumentException e) {
            throw new IOException("cannot build " + type.type().getName(), e);
        }
    }

    // A type is named where it first occurs (announced by -1) and numbered in that order.
    private Type type() throws IOException {
        int index = in.readInt();
        if (index != -1) {
            return types.get(index(index, types.size()));
        }
        String name = in.readUTF();
        Type type = resolve(name);
        types.add(type);
        return type;
    }

    private static Type resolve(String name) throws IOException {
        if (!name.startsWith(ModelFormat.MODEL_PACKAGE) || name.indexOf('.', ModelFormat.MODEL_PACKAGE.length()) >= 0) {
            throw new IOException("not a model type: " + name);
        }
        Class<?> type;
        try {
            // not initialised here: only a record that is built, or an enum that is used, runs its class's set-up
            type = Class.forName(name, false, ModelReader.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("no model type " + name, e);
        }
        if (type.isEnum()) {
            return new Type(type, null, 0, type.getEnumConstants());
        }
        if (!type.isRecord()) {
            throw new IOException("not a record or an enum: " + name);
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
        }
        try {
            return new Type(type, type.getDeclaredConstructor(parameters), components.length, null);
        } catch (NoSuchMethodException e) {
            throw new IOException("no canonical constructor in " + name, e);
        }
    }

    private static int index(int index, int size) throws IOException {
        if (index < 0 || index >= size) {
            throw new IOException("a reference to entry " + index + " of " + size);
        }
        return index;
    }

    // Every item and every byte of a string takes at least a byte of what is left to read, so a
    // damaged length is refused before it asks for a huge array.
    private int size(int size) throws IOException {
        if (size < 0 || size > in.available()) {
            throw new IOException("a length of " + size);
        }
        return size;
    }
}
