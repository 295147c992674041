package io.coverkit.dsl;

import io.coverkit.model.TimeSpan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IntelliJ IDEA descriptor (GDSL) of the policy vocabulary, generated from the one
 * declaration in {@link Vocabulary} so that completion offers exactly the keywords and arguments
 * the reader accepts, block by block. Written by {@code bin/coverkit docs} to {@code dsl/coverkit.gdsl}
 * (IntelliJ reads descriptors from source roots, and {@code dsl/} is one).
 */
public final class IdeDescriptor {

    /** The descriptor's file name; IntelliJ picks up {@code *.gdsl} files. */
    public static final String FILE_NAME = "coverkit.gdsl";

    /** Where policy files live: the descriptor contributes only there. */
    static final String POLICY_PATH = ".*/policies/[^/]+\\\\.groovy";

    /** The GDSL script. */
    public String gdsl() {
        Vocabulary vocabulary = Vocabulary.standard();
        StringBuilder out = new StringBuilder();
        out.append("// coverkit policy vocabulary for IntelliJ IDEA: completion and documentation of keywords and their\n")
                .append("// arguments in policies/*.groovy. Generated from io.coverkit.dsl.Vocabulary by `bin/coverkit docs`;\n")
                .append("// do not edit by hand.\n\n")
                .append("def policyScript = context(pathRegexp: '").append(POLICY_PATH).append("', scope: scriptScope())\n")
                .append("def policyClosure = context(pathRegexp: '").append(POLICY_PATH).append("', scope: closureScope())\n")
                .append("def spanAmount = context(pathRegexp: '").append(POLICY_PATH).append("', ctype: 'java.lang.Integer')\n\n")
                .append("contributor(policyScript) {\n");
        vocabulary.allowedIn(Block.FILE).forEach(k -> method(out, k, "    "));
        out.append("}\n\n");
        // Each closure is told apart by the keyword that opened it. enclosingCall looks at every
        // enclosing call, not just the nearest, so the deepest blocks are tested first.
        out.append("contributor(policyClosure) {\n");
        String keyword = "    if";
        for (Map.Entry<Block, List<String>> opened : openers(vocabulary).entrySet()) {
            List<Keyword> words = vocabulary.allowedIn(opened.getKey());
            if (words.isEmpty()) {
                continue;
            }
            out.append(keyword).append(" (").append(String.join(" || ",
                    opened.getValue().stream().map(name -> "enclosingCall('" + name + "')").toList())).append(") {\n");
            out.append("        // ").append(opened.getKey().description().replace("`", "")).append('\n');
            words.forEach(k -> method(out, k, "        "));
            out.append("    }");
            keyword = " else if";
        }
        out.append("\n}\n\n");
        out.append("// Time spans such as 6.months\ncontributor(spanAmount) {\n");
        for (TimeSpan.Unit unit : TimeSpan.Unit.values()) {
            String plural = unit.name().toLowerCase(Locale.ROOT);
            String singular = plural.substring(0, plural.length() - 1);
            for (String name : List.of(singular, plural)) {
                out.append("    property(name: '").append(name).append("', type: 'java.lang.Object', doc: 'a time span of this many ")
                        .append(plural).append("')\n");
            }
        }
        return out.append("}\n").toString();
    }

    /**
     * For every block that a keyword opens, the keywords that open it, deepest blocks first (by
     * their distance from the top of the file), so that a nested block is recognised before the
     * blocks around it.
     */
    static Map<Block, List<String>> openers(Vocabulary vocabulary) {
        Map<Block, List<String>> openers = new EnumMap<>(Block.class);
        for (Keyword k : vocabulary.keywords()) {
            if (k.body() != null) {
                List<String> names = openers.computeIfAbsent(k.body(), b -> new ArrayList<>());
                if (!names.contains(k.name())) {
                    names.add(k.name());
                }
            }
        }
        Map<Block, List<Keyword>> paths = paths(vocabulary);
        Map<Block, List<String>> ordered = new LinkedHashMap<>();
        openers.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Block, List<String>> e) -> -paths.getOrDefault(e.getKey(), List.of()).size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), List.copyOf(e.getValue())));
        return ordered;
    }

    /**
     * For every block reachable from the top of the file, the shortest chain of keywords whose
     * closures lead into it ({@code guideline}, {@code positionStatement}, {@code anyOf}, ...).
     */
    public static Map<Block, List<Keyword>> paths(Vocabulary vocabulary) {
        Map<Block, List<Keyword>> paths = new EnumMap<>(Block.class);
        paths.put(Block.FILE, List.of());
        Deque<Block> queue = new ArrayDeque<>(List.of(Block.FILE));
        while (!queue.isEmpty()) {
            Block block = queue.poll();
            for (Keyword k : vocabulary.allowedIn(block)) {
                if (k.body() != null && !paths.containsKey(k.body())) {
                    List<Keyword> path = new ArrayList<>(paths.get(block));
                    path.add(k);
                    paths.put(k.body(), List.copyOf(path));
                    queue.add(k.body());
                }
            }
        }
        return paths;
    }

    private static void method(StringBuilder out, Keyword k, String indent) {
        out.append(indent).append("method(name: '").append(k.name()).append("', type: 'void'");
        List<String> params = new ArrayList<>();
        for (Param p : k.positional()) {
            params.add(p.name() + ": '" + type(p.type()) + "'");
        }
        if (k.body() != null) {
            params.add("body: 'groovy.lang.Closure'");
        }
        if (!params.isEmpty()) {
            out.append(", params: [").append(String.join(", ", params)).append(']');
        }
        List<Param> named = new ArrayList<>(k.named());
        if (k.chained() != null) {
            named.add(k.chained());
        }
        if (!named.isEmpty()) {
            out.append(", namedParams: [");
            String sep = "";
            for (Param p : named) {
                out.append(sep).append("\n").append(indent).append("        parameter(name: '").append(p.name())
                        .append("', type: '").append(type(p.type())).append("', doc: '")
                        .append(quote((p.required() ? "required: " : "") + p.help())).append("')");
                sep = ",";
            }
            out.append(']');
        }
        out.append(",\n").append(indent).append("        doc: '").append(quote(k.signature() + ": " + k.help())).append("')\n");
    }

    private static String type(ArgType type) {
        return switch (type) {
            case WHOLE -> "java.lang.Integer";
            case BOOLEAN -> "java.lang.Boolean";
            case SPAN -> "java.lang.Object";
            default -> "java.lang.String";
        };
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ");
    }
}
