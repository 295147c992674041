package io.coverkit.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * The vocabulary reference (docs/vocabulary.md), generated from the one declaration in
 * {@link Vocabulary} so that it cannot drift from what the reader accepts.
 */
public final class VocabularyReference {

    /** The reference as Markdown. */
    public String markdown() {
        Vocabulary vocabulary = Vocabulary.standard();
        StringBuilder out = new StringBuilder();
        out.append("# Policy vocabulary\n\n")
                .append("Generated from the vocabulary declaration by `bin/coverkit docs`; do not edit by hand.\n")
                .append("A policy file may contain these keywords and nothing else. Arguments are literals: quoted text,\n")
                .append("dates written `'yyyy-MM-dd'`, `true`/`false`, and time spans such as `6.months`.\n");
        for (Block block : Block.values()) {
            List<Keyword> words = vocabulary.allowedIn(block);
            if (words.isEmpty()) {
                continue;
            }
            out.append("\n## In ").append(block.description()).append("\n");
            for (Keyword k : words) {
                out.append("\n### `").append(k.name()).append("`\n\n");
                out.append("`").append(k.signature()).append("`");
                out.append(switch (k.occurs()) {
                    case ONCE -> " (exactly once)";
                    case OPTIONAL -> " (at most once)";
                    case MANY -> "";
                }).append("\n\n").append(k.help()).append("\n");
                List<Param> params = new ArrayList<>(k.positional());
                params.addAll(k.named());
                if (k.chained() != null) {
                    params.add(k.chained());
                }
                if (!params.isEmpty()) {
                    out.append("\n| argument | takes | required | meaning |\n|---|---|---|---|\n");
                    for (Param p : params) {
                        String name = k.positional().contains(p) ? p.name() : "`" + p.name() + ":`";
                        out.append("| ").append(name).append(" | ").append(p.type().expected().replace("|", "\\|"))
                                .append(" | ").append(p.required() ? "yes" : "no").append(" | ").append(p.help()).append(" |\n");
                    }
                }
                if (k.body() != null) {
                    out.append("\nIts block holds the keywords listed under ").append(k.body().description()).append(".\n");
                }
            }
        }
        return out.toString();
    }
}
