package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
                .append("dates written `'yyyy-MM-dd'`, `true`/`false`, and time spans such as `6.months`.\n")
                .append("Values are read within bounds: dates from 1900-01-01 to 2199-12-31; spans of at most 200 years\n")
                .append("(2400 months, 10400 weeks or 73000 days), and at least 1 of their unit where they are windows;\n")
                .append("whole numbers in plain decimal digits (not `050`, `0x32`, `5_0` or `50L`); ids of at most 80\n")
                .append("characters (an id derived from longer text is cut at a word and given a checksum).\n");
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
                    Param previous = null;
                    for (Param p : params) {
                        // Alternatives ("KX, GA or GZ") repeat one parameter: one row says how many.
                        if (previous != null && previous.name().equals(p.name()) && k.positional().contains(p)) {
                            continue;
                        }
                        previous = p;
                        long repeats = k.positional().stream().filter(q -> q.name().equals(p.name())).count();
                        String name = k.positional().contains(p) ? p.name() : "`" + p.name() + ":`";
                        out.append("| ").append(name).append(" | ").append(p.type().expected().replace("|", "\\|"))
                                .append(" | ").append(p.required() ? "yes" : "no").append(" | ").append(p.help())
                                .append(repeats > 1 ? " (up to " + repeats + " of them)" : "").append(" |\n");
                    }
                }
                if (k.body() != null) {
                    out.append("\nIts block holds the keywords listed under ").append(k.body().description()).append(".\n");
                }
                out.append("\nExample:\n\n```groovy\n").append(example(k)).append("\n```\n");
                for (RealExamples.TextExample text : RealExamples.fromTexts(k.name())) {
                    out.append("\nFor \"").append(text.sentence()).append("\" (policies/sources/").append(text.source())
                            .append("):\n\n```groovy\n").append(text.criterion()).append("\n```\n");
                }
                for (RealExamples.RealExample real : RealExamples.of(k.name())) {
                    out.append("\nAs `").append(real.guideline()).append("` uses it (policies/").append(real.guideline())
                            .append(".groovy):\n\n```groovy\n").append(real.source()).append("\n```\n");
                }
                out.append("\nDiagnostics it can raise: ").append(String.join(", ",
                        diagnostics(k).stream().map(c -> "`" + c.name() + "` " + c.summary()).toList()))
                        .append(" (and the validator's C codes, see [diagnostics.md](diagnostics.md)).\n");
            }
        }
        return out.toString();
    }

    /**
     * A short use of the keyword: its required arguments (or, when none is named as required, its
     * first named one) with sample values of their types. {@code VocabularyReferenceTest} reads every
     * example through the real reader, so an example cannot show what the reader rejects.
     */
    public static String example(Keyword k) {
        List<String> args = new ArrayList<>();
        for (Param p : k.positional()) {
            if (p.required()) {
                args.add(sample(p.type()));
            }
        }
        boolean anyNamed = false;
        for (Param p : k.named()) {
            if (p.required()) {
                args.add(p.name() + ": " + sample(p.type()));
                anyNamed = true;
            }
        }
        if (!anyNamed && !k.named().isEmpty()) {
            Param first = k.named().get(0);
            args.add(first.name() + ": " + sample(first.type()));
        }
        StringBuilder s = new StringBuilder(k.name());
        if (k.body() != null) {
            // A command call cannot take a closure after arguments, so those go in parentheses.
            s.append(args.isEmpty() ? "" : "(" + String.join(", ", args) + ")").append(" {\n}");
            return s.toString();
        }
        if (!args.isEmpty()) {
            s.append(' ').append(String.join(", ", args));
        }
        if (k.chained() != null) {
            s.append(' ').append(k.chained().name()).append(' ').append(sample(k.chained().type()));
        }
        return s.toString();
    }

    /**
     * The reader's and value checks' diagnostics a keyword can raise, derived from its declaration:
     * every keyword can be misplaced or given a wrong or unknown argument; required arguments can be
     * missing; a keyword allowed once can be repeated; and each argument type's value check has its
     * code, found by giving the check a value no type accepts.
     */
    public static List<DiagnosticCode> diagnostics(Keyword k) {
        Set<DiagnosticCode> codes = new TreeSet<>(List.of(DiagnosticCode.R002, DiagnosticCode.R004, DiagnosticCode.R005));
        List<Param> params = new ArrayList<>(k.positional());
        params.addAll(k.named());
        if (k.chained() != null) {
            params.add(k.chained());
        }
        if (params.stream().anyMatch(Param::required)) {
            codes.add(DiagnosticCode.R006);
        }
        if (k.occurs() != Keyword.Occurs.MANY) {
            codes.add(DiagnosticCode.R007);
        }
        if (k.occurs() == Keyword.Occurs.ONCE) {
            codes.add(DiagnosticCode.R008);
        }
        SourceRef nowhere = SourceRef.UNKNOWN;
        for (Param p : params) {
            p.type().check(new Value.Text("\u0000 not a value", nowhere)).ifPresent(problem -> codes.add(problem.code()));
            p.type().check(new Value.Whole(-1, nowhere)).ifPresent(problem -> codes.add(problem.code()));
        }
        return List.copyOf(codes);
    }

    private static String sample(ArgType type) {
        return switch (type) {
            case DATE -> "'2026-05-15'";
            case ID -> "'example-id'";
            case GUIDELINE_ID -> "'04-77260-19'";
            case PROCEDURE_CODE -> "'77387'";
            case CODE_SYSTEM -> "'CPT'";
            case LOINC -> "'28626-0'";
            case LINE_OF_BUSINESS -> "'FEP'";
            case SPAN -> "6.months";
            case DATED -> "'pap-start'";
            case OCCURRENCE -> "'clinical-re-evaluation'";
            case WHOLE -> "50";
            case NUMBER -> "0.35";
            case SEX -> "'F'";
            case BOOLEAN -> "true";
            case FOLLOW -> "'guideline'";
            case TEMPLATE -> "'cms-ncd'";
            case MODIFIER -> "'KX'";
            case PLACE_OF_SERVICE -> "'12'";
            case COUNT -> "3";
            case STUDY_KIND -> "'ced'";
            default -> "'Text as published'";
        };
    }
}
