package io.coverkit.server.crd;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.model.Guideline;
import io.coverkit.render.GuidelineRenderer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors each rendered guideline page has, so a card links a clause only where the page can
 * scroll to it (the renderer anchors clauses, not every heading). Each page is rendered once per
 * library and revision and its anchors kept.
 */
final class GuidelineAnchors {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    private final GuidelineRenderer renderer = new GuidelineRenderer();
    private final Map<Key, Set<String>> cache = new ConcurrentHashMap<>();
    private volatile GuidelineLibrary cachedFor;

    private record Key(String guideline, LocalDate asOf) {}

    /** The anchors of a guideline's page as of a date (null: the latest revision). */
    Set<String> anchors(GuidelineLibrary library, String guidelineId, LocalDate asOf) {
        if (cachedFor != library) {
            cache.clear();
            cachedFor = library;
        }
        return cache.computeIfAbsent(new Key(guidelineId, asOf), k -> render(library, k));
    }

    private Set<String> render(GuidelineLibrary library, Key k) {
        Guideline g = library.evaluator(k.guideline()).orElseThrow().guideline();
        String html = k.asOf() == null ? renderer.render(g, GuidelineRenderer.Format.HTML)
                : renderer.render(g, k.asOf(), GuidelineRenderer.Format.HTML);
        Set<String> ids = new java.util.HashSet<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            ids.add(unescape(m.group(1)));
        }
        return Set.copyOf(ids);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
    }
}
