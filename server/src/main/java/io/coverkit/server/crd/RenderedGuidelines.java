package io.coverkit.server.crd;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import io.coverkit.render.GuidelineRenderer;
import io.coverkit.server.GuidelinePages;
import io.coverkit.server.Reply;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The guidelines as HTML pages, rendered by coverkit's own renderer, which puts an anchor on every
 * clause ({@code indication/ID}, {@code criterion/ID}, {@code code/cpt-77387}, {@code document/ID},
 * {@code exception/ID}): the targets of the CRD External Reference cards' links.
 */
public final class RenderedGuidelines implements GuidelinePages {

    private final Supplier<GuidelineLibrary> library;
    private final GuidelineRenderer renderer = new GuidelineRenderer();

    /** Pages of the server's current library. */
    public RenderedGuidelines(Supplier<GuidelineLibrary> library) {
        this.library = library;
    }

    @Override
    public Reply page(String guidelineId, LocalDate asOf) {
        Optional<Evaluator> evaluator = guidelineId == null ? Optional.empty() : library.get().evaluator(guidelineId);
        if (evaluator.isEmpty()) {
            return new Reply(404, "text/plain; charset=utf-8",
                    ("no guideline `" + guidelineId + "` is loaded").getBytes(StandardCharsets.UTF_8));
        }
        Guideline g = evaluator.get().guideline();
        String html = asOf == null ? renderer.render(g, GuidelineRenderer.Format.HTML) : renderer.render(g, asOf, GuidelineRenderer.Format.HTML);
        return new Reply(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
}
