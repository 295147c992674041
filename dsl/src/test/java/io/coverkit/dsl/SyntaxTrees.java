package io.coverkit.dsl;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.ErrorCollector;
import org.codehaus.groovy.control.SourceUnit;

/**
 * Compares two Groovy syntax trees field by field, through every node, list, map and array they
 * hold: node classes, line and column numbers (first and last), values and their classes,
 * metadata, flags, variable scopes. Classes are compared by what a reader of the tree can use of
 * them (name, flags, positions), since Groovy shares and caches them. Used to prove that the direct
 * parser builds the tree Groovy's parser builds.
 */
final class SyntaxTrees {
    private SyntaxTrees() {}

    /** Groovy's own tree for {@code text}, or empty when Groovy's parser rejects the text. */
    static Optional<ModuleNode> groovy(String file, String text) {
        CompilerConfiguration config = new CompilerConfiguration();
        SourceUnit unit = new SourceUnit(file, text, config, null, new ErrorCollector(config));
        try {
            unit.parse();
            unit.completePhase();
            unit.nextPhase();
            unit.convert();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
        return unit.getErrorCollector().hasErrors() ? Optional.empty() : Optional.of(unit.getAST());
    }

    /** The direct parser's tree for {@code text}, or empty when it gives up. */
    static Optional<ModuleNode> direct(String file, String text) {
        CompilerConfiguration config = new CompilerConfiguration();
        return DirectParser.parse(new SourceUnit(file, text, config, null, new ErrorCollector(config)), text);
    }

    /**
     * The first place where the two trees differ, as a path and both values; empty when they are
     * alike. The script classes both modules create on demand are compared too.
     */
    static Optional<String> difference(ModuleNode groovy, ModuleNode direct) {
        Optional<String> before = new Walk().compare("module", groovy, direct);
        if (before.isPresent()) {
            return before;
        }
        return new Walk().compare("module.classes", groovy.getClasses(), direct.getClasses());
    }

    private static final class Walk {
        private final IdentityHashMap<Object, Object> seen = new IdentityHashMap<>();

        Optional<String> compare(String path, Object a, Object b) {
            if (a == b) {
                return Optional.empty();
            }
            // Which List or Map class holds the nodes is not part of the tree.
            if (a instanceof List<?> la && b instanceof List<?> lb) {
                return elements(path, la, lb);
            }
            if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
                return entries(path, ma, mb);
            }
            if (a == null || b == null || a.getClass() != b.getClass()) {
                return differs(path, a, b);
            }
            if (seen.get(a) == b) {
                return Optional.empty();
            }
            seen.put(a, b);
            if (a instanceof String || a instanceof Number || a instanceof Boolean || a instanceof Character
                    || a instanceof Enum<?>) {
                return a.equals(b) ? Optional.empty() : differs(path, a, b);
            }
            if (a instanceof ClassNode ca) {
                return classNode(path, ca, (ClassNode) b);
            }
            if (a instanceof SourceUnit sa) {
                return compare(path + ".name", sa.getName(), ((SourceUnit) b).getName());
            }
            if (a.getClass().isArray()) {
                return array(path, a, b);
            }
            if (a instanceof Collection<?> ca) {
                return elements(path, ca, (Collection<?>) b);
            }
            if (a.getClass().getName().startsWith("org.codehaus.groovy.")) {
                return fields(path, a, b);
            }
            return Optional.empty(); // plain objects such as locks: nothing a reader can see
        }

        private Optional<String> classNode(String path, ClassNode a, ClassNode b) {
            List<Object[]> parts = List.of(
                    new Object[] {"name", a.getName(), b.getName()},
                    new Object[] {"modifiers", a.getModifiers(), b.getModifiers()},
                    new Object[] {"script", a.isScript(), b.isScript()},
                    new Object[] {"scriptBody", a.isScriptBody(), b.isScriptBody()},
                    new Object[] {"primary", a.isPrimaryClassNode(), b.isPrimaryClassNode()},
                    new Object[] {"line", a.getLineNumber(), b.getLineNumber()},
                    new Object[] {"column", a.getColumnNumber(), b.getColumnNumber()},
                    new Object[] {"lastLine", a.getLastLineNumber(), b.getLastLineNumber()},
                    new Object[] {"lastColumn", a.getLastColumnNumber(), b.getLastColumnNumber()},
                    new Object[] {"superClass", name(a.getUnresolvedSuperClass(false)), name(b.getUnresolvedSuperClass(false))},
                    new Object[] {"methods", a.getMethods().size(), b.getMethods().size()});
            for (Object[] part : parts) {
                if (!part[1].equals(part[2])) {
                    return differs(path + "." + part[0], part[1], part[2]);
                }
            }
            return Optional.empty();
        }

        private static String name(ClassNode node) {
            return node == null ? "-" : node.getName();
        }

        private Optional<String> array(String path, Object a, Object b) {
            int n = Array.getLength(a);
            if (n != Array.getLength(b)) {
                return differs(path + ".length", n, Array.getLength(b));
            }
            for (int i = 0; i < n; i++) {
                Optional<String> d = compare(path + "[" + i + "]", Array.get(a, i), Array.get(b, i));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }

        private Optional<String> entries(String path, Map<?, ?> a, Map<?, ?> b) {
            if (a.size() != b.size()) {
                return differs(path + ".size", a, b);
            }
            Iterator<? extends Map.Entry<?, ?>> ia = a.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> ib = b.entrySet().iterator();
            while (ia.hasNext()) {
                Map.Entry<?, ?> ea = ia.next();
                Map.Entry<?, ?> eb = ib.next();
                Optional<String> d = compare(path + ".key", ea.getKey(), eb.getKey());
                if (d.isEmpty()) {
                    d = compare(path + "[" + ea.getKey() + "]", ea.getValue(), eb.getValue());
                }
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }

        private Optional<String> elements(String path, Collection<?> a, Collection<?> b) {
            if (a.size() != b.size()) {
                return differs(path + ".size", a.size(), b.size());
            }
            Iterator<?> ia = a.iterator();
            Iterator<?> ib = b.iterator();
            for (int i = 0; ia.hasNext(); i++) {
                Optional<String> d = compare(path + "[" + i + "]", ia.next(), ib.next());
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }

        private Optional<String> fields(String path, Object a, Object b) {
            for (Field field : allFields(a.getClass())) {
                try {
                    field.setAccessible(true);
                    String here = path + "." + field.getName()
                            + (a instanceof org.codehaus.groovy.ast.ASTNode ? "<" + a.getClass().getSimpleName() + ">" : "");
                    Optional<String> d = compare(here, field.get(a), field.get(b));
                    if (d.isPresent()) {
                        return d;
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
            return Optional.empty();
        }

        private static List<Field> allFields(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        fields.add(f);
                    }
                }
            }
            return fields;
        }

        private static Optional<String> differs(String path, Object a, Object b) {
            return Optional.of(path + ": Groovy has " + describe(a) + ", the direct parser " + describe(b));
        }

        private static String describe(Object o) {
            if (o == null) {
                return "null";
            }
            String text = o instanceof org.codehaus.groovy.ast.ASTNode node ? node.getText() : String.valueOf(o);
            return o.getClass().getSimpleName() + " `" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "`";
        }
    }
}
