package io.coverkit.contract;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.coverage.Observation;
import io.coverkit.json.RequestReader;
import io.coverkit.kit.ScenarioLog;
import io.coverkit.request.CoverageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The scenario corpus: every request the scenario specs of specs/ decide, as the wire JSON a caller
 * would send, one per line. It is the smallest set of claims known to reach every outcome of every
 * guideline (the specs are written to cover every clause), so the Spark jobs are tested and
 * benchmarked on it (examples/claims/scenarios.ndjson).
 *
 * <p>Only requests a caller can send are kept (the reader reads the JSON back as the same request);
 * a request that names no guideline gets the one its determination names, so every line decides on
 * its own. Lines are sorted by guideline, then text, with duplicates dropped, so the file is the
 * same on every run whatever order the specs ran in.
 */
final class ScenarioCorpus {

    /** Where the corpus is checked in, from the checkout (the tests' working directory). */
    static final Path FILE = Path.of("examples", "claims", "scenarios.ndjson");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioCorpus() {}

    /** The specs run into a log of their own, and the scenarios that failed (name: why). */
    record Run(ScenarioLog log, List<String> failures) {}

    /**
     * Runs every spec again into a fresh log. The specs' own run is never under way meanwhile (test
     * engines run one after the other), so swapping the shared log takes nothing from it.
     */
    static Run runSpecs() {
        Path specs;
        try {
            specs = Path.of(ScenarioCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the test classes' location is not a path", e);
        }
        LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(specs)))
                .filters(EngineFilter.includeEngines("spock"), includeClassNamePatterns(".*Spec"))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        ScenarioLog previous = ScenarioLog.swap(new ScenarioLog(false));
        ScenarioLog log;
        try {
            LauncherFactory.create().execute(discovery, summary);
        } finally {
            log = ScenarioLog.swap(previous);
        }
        List<String> failures = summary.getSummary().getFailures().stream()
                .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .toList();
        return new Run(log, failures);
    }

    /**
     * The corpus lines of the observations whose guideline is in {@code loaded} (a spec may decide
     * under a guideline written in the spec itself, which no policy file declares), in file order.
     */
    static List<String> lines(List<Observation> observations, Set<String> loaded) {
        RequestReader reader = new RequestReader();
        Map<String, TreeSet<String>> byGuideline = new TreeMap<>();
        for (Observation o : observations) {
            CoverageRequest request = o.request();
            String text = WireRequest.of(request);
            RequestReader.Result read = reader.read(text);
            if (read.request().isEmpty() || !read.request().get().equals(request)) {
                continue; // decided in code only: no caller can send it
            }
            String guideline = request.guideline() != null ? request.guideline() : o.determination().guideline();
            if (guideline == null || !loaded.contains(guideline)) {
                continue;
            }
            byGuideline.computeIfAbsent(guideline, g -> new TreeSet<>()).add(withGuideline(text, guideline));
        }
        return byGuideline.values().stream().flatMap(TreeSet::stream).toList();
    }

    /**
     * The request text naming {@code guideline} first, as every example request does, with the keys
     * of its maps (facts, extensions) sorted: a request holds them in maps whose order differs from
     * one JVM to the next, and the file must not.
     */
    private static String withGuideline(String text, String guideline) {
        try {
            JsonNode read = JSON.readTree(text);
            ObjectNode named = JSON.createObjectNode().put("guideline", guideline);
            read.properties().forEach(f -> {
                if (!f.getKey().equals("guideline")) {
                    named.set(f.getKey(), f.getKey().equals("facts") || f.getKey().equals("extensions") ? sorted(f.getValue()) : f.getValue());
                }
            });
            return JSON.writeValueAsString(named);
        } catch (IOException e) {
            throw new UncheckedIOException("a request written by WireRequest is not JSON: " + text, e);
        }
    }

    /** {@code node} with the keys of every object in it sorted. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            node.properties().forEach(f -> keys.add(f.getKey()));
            ObjectNode sorted = JSON.createObjectNode();
            keys.forEach(k -> sorted.set(k, sorted(node.get(k))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = JSON.createArrayNode();
            node.forEach(e -> array.add(sorted(e)));
            return array;
        }
        return node;
    }

    /** The file's text for {@code lines}: one request a line, each ended by a newline. */
    static String text(List<String> lines) {
        StringBuilder s = new StringBuilder();
        lines.forEach(l -> s.append(l).append('\n'));
        return s.toString();
    }
}
