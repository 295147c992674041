package io.coverkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * What a link or image in policy text may become on a page: a policy file is untrusted input, so a
 * link keeps its target only when that is http, https, mailto or an anchor on the page (a
 * {@code javascript:} or {@code data:} target becomes an empty one), and an image is never fetched:
 * it prints as its alternative text.
 */
final class SafeLinks implements UrlSanitizer {
    private static final List<String> SCHEMES = List.of("http:", "https:", "mailto:");

    @Override
    public String sanitizeLinkUrl(String url) {
        String target = url.strip();
        if (target.startsWith("#")) {
            return target;
        }
        String lower = target.toLowerCase(Locale.ROOT);
        for (String scheme : SCHEMES) {
            if (lower.startsWith(scheme)) {
                return target;
            }
        }
        return "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return "";
    }

    /** Replaces every image of a parsed text by its alternative text, so the page loads nothing from elsewhere. */
    static void imagesAsText(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Image image : images) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }
            });
            image.insertBefore(new Text(alt.toString()));
            image.unlink();
        }
    }
}
