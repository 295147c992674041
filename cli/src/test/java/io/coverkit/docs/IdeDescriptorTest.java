package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GroovyObjectSupport;
import groovy.lang.GroovyShell;
import io.coverkit.dsl.Block;
import io.coverkit.dsl.IdeDescriptor;
import io.coverkit.dsl.Keyword;
import io.coverkit.dsl.Param;
import io.coverkit.dsl.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed IntelliJ descriptor offers, in each block, exactly the keywords and argument names
 * the vocabulary declares there. The descriptor is run as IntelliJ runs it, with IntelliJ's
 * functions stubbed: {@code enclosingCall} answers as it would inside a closure nested down to
 * that block, and every {@code method(...)} the contributors declare is recorded.
 */
class IdeDescriptorTest {

    private static final Path COMMITTED = Path.of("dsl", IdeDescriptor.FILE_NAME);

    @Test
    void theCommittedDescriptorIsWhatTheVocabularyGenerates() throws IOException {
        assertEquals(new IdeDescriptor().gdsl(), Files.readString(COMMITTED), "regenerate with `bin/coverkit docs`");
    }

    @Test
    void everyBlockCompletesExactlyItsOwnKeywordsAndArguments() throws IOException {
        Vocabulary vocabulary = Vocabulary.standard();
        Map<String, Closure<?>> contributors = contributors(Files.readString(COMMITTED));
        assertEquals(Set.of("script", "closure", "Integer"), contributors.keySet());

        assertOffers(vocabulary, Block.FILE, run(contributors.get("script"), Set.of()));
        Map<Block, List<Keyword>> paths = IdeDescriptor.paths(vocabulary);
        int checked = 0;
        for (Block block : Block.values()) {
            if (block == Block.FILE || vocabulary.allowedIn(block).isEmpty() || !paths.containsKey(block)) {
                continue;
            }
            assertOffers(vocabulary, block, run(contributors.get("closure"),
                    new LinkedHashSet<>(paths.get(block).stream().map(Keyword::name).toList())));
            checked++;
        }
        assertTrue(checked >= 5, "the nested blocks were checked, not skipped");
        Map<String, Set<String>> spans = run(contributors.get("Integer"), Set.of());
        assertTrue(spans.containsKey("months") && spans.containsKey("year"), "6.months and 1.year complete: " + spans.keySet());
    }

    private static void assertOffers(Vocabulary vocabulary, Block block, Map<String, Set<String>> offered) {
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (Keyword k : vocabulary.allowedIn(block)) {
            Set<String> args = new LinkedHashSet<>();
            k.positional().forEach(p -> args.add(p.name()));
            k.named().stream().map(Param::name).forEach(args::add);
            if (k.chained() != null) {
                args.add(k.chained().name());
            }
            if (k.body() != null) {
                args.add("body");
            }
            declared.put(k.name(), args);
        }
        assertEquals(declared, offered, "completion in " + block.description());
    }

    /** Runs the descriptor with IntelliJ's functions stubbed; returns its contributors by scope. */
    private static Map<String, Closure<?>> contributors(String gdsl) {
        Map<String, Closure<?>> found = new LinkedHashMap<>();
        Binding binding = new Binding();
        GroovyShell shell = new GroovyShell(binding);
        binding.setVariable("scriptScope", new Closure<String>(null) {
            @Override
            public String call(Object... args) {
                return "script";
            }
        });
        binding.setVariable("closureScope", new Closure<String>(null) {
            @Override
            public String call(Object... args) {
                return "closure";
            }
        });
        binding.setVariable("context", new Closure<Map<?, ?>>(null) {
            @Override
            public Map<?, ?> call(Object... args) {
                return (Map<?, ?>) args[0];
            }
        });
        binding.setVariable("contributor", new Closure<Object>(null) {
            @Override
            public Object call(Object... args) {
                Map<?, ?> context = (Map<?, ?>) args[0];
                Object scope = context.get("scope");
                String key = scope != null ? scope.toString() : context.get("ctype").toString().replace("java.lang.", "");
                assertFalse(found.containsKey(key), "one contributor per scope");
                found.put(key, (Closure<?>) args[1]);
                return null;
            }
        });
        shell.evaluate(gdsl);
        return found;
    }

    /** Runs one contributor as if inside closures opened by {@code enclosing}; returns method or property name to argument names. */
    private static Map<String, Set<String>> run(Closure<?> contributor, Set<String> enclosing) {
        Recorder recorder = new Recorder(enclosing);
        Closure<?> copy = (Closure<?>) contributor.clone();
        copy.setDelegate(recorder);
        copy.setResolveStrategy(Closure.DELEGATE_FIRST);
        copy.call();
        return recorder.offered;
    }

    /** Stands in for IntelliJ's contributor delegate. */
    public static final class Recorder extends GroovyObjectSupport {
        private final Set<String> enclosing;
        final Map<String, Set<String>> offered = new LinkedHashMap<>();

        Recorder(Set<String> enclosing) {
            this.enclosing = enclosing;
        }

        /** True when a call of that name encloses the place, as IntelliJ answers. */
        public boolean enclosingCall(String name) {
            return enclosing.contains(name);
        }

        /** Records a method the descriptor offers. */
        public void method(Map<String, Object> spec) {
            Set<String> args = new LinkedHashSet<>();
            Object params = spec.get("params");
            if (params instanceof Map<?, ?> map) {
                map.keySet().forEach(k -> args.add(k.toString()));
            }
            Object named = spec.get("namedParams");
            if (named instanceof List<?> list) {
                list.forEach(p -> args.add(((Map<?, ?>) p).get("name").toString()));
            }
            assertTrue(spec.get("doc") instanceof String doc && !doc.isBlank(), "every keyword has help: " + spec.get("name"));
            assertFalse(offered.containsKey(spec.get("name").toString()), "offered once: " + spec.get("name"));
            offered.put(spec.get("name").toString(), args);
        }

        /** Records a property the descriptor offers. */
        public void property(Map<String, Object> spec) {
            offered.put(spec.get("name").toString(), Set.of());
        }

        /** IntelliJ's named-parameter descriptor, kept as its map. */
        public Map<String, Object> parameter(Map<String, Object> spec) {
            return spec;
        }
    }
}
