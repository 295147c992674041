package io.coverkit.compile;

import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.eval.CompiledGuideline;
import io.coverkit.eval.CriterionCheck;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.ClauseId;
import io.coverkit.model.Criterion;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.Paragraph;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.Section;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles a validated guideline into an {@link io.coverkit.eval.Evaluator}: code lookups by
 * system, one bit per indication, prebuilt findings for every clause. Cheap enough to run once per
 * guideline per process (or per Spark partition), never per request.
 */
public final class GuidelineCompiler {

    /** The most indications one guideline may have; the evaluator keeps them in one {@code long}. */
    public static final int MAX_INDICATIONS = io.coverkit.validate.GuidelineValidator.MAX_INDICATIONS;

    /** Compiles {@code guideline}; it must have passed validation. */
    public CompiledGuideline compile(Guideline guideline) {
        String id = guideline.id();
        Map<String, Integer> bits = new LinkedHashMap<>();
        List<Indication> indications = guideline.positionStatement().indications();
        if (indications.size() > MAX_INDICATIONS) {
            throw new IllegalArgumentException("a guideline may have at most " + MAX_INDICATIONS + " indications");
        }
        for (Indication indication : indications) {
            bits.putIfAbsent(indication.id(), bits.size());
        }
        CriterionCheck criteria = compile(id, guideline.positionStatement().criteria(), bits);
        String statement = guideline.positionStatement().paragraphs().stream()
                .map(Paragraph::text)
                .collect(Collectors.joining(" "));
        Finding noIndication = new Finding(FindingKind.NO_INDICATION_MET, "position-statement",
                id + "/position-statement", statement, Section.POSITION_STATEMENT, List.of());
        return CompiledGuideline.of(guideline, codeFindings(id, guideline.billing().codes()), exceptions(id, guideline),
                bits, criteria, noIndication, documents(id, guideline.billing().documentation().requirements()));
    }

    private static CriterionCheck compile(String guidelineId, Criterion criterion, Map<String, Integer> bits) {
        return criterion.accept(new Criterion.Visitor<CriterionCheck>() {
            @Override
            public CriterionCheck indication(Indication i) {
                return new CriterionCheck.IndicationCheck(bits.get(i.id()), new Finding(FindingKind.INDICATION_MET,
                        i.id(), ClauseId.qualified(guidelineId, "indication", i.id()), i.text(), i.section(), List.of()));
            }

            @Override
            public CriterionCheck anyOf(AnyOf any) {
                return new CriterionCheck.AnyCheck(any.criteria().stream().map(c -> compile(guidelineId, c, bits)).toList());
            }

            @Override
            public CriterionCheck allOf(AllOf all) {
                return new CriterionCheck.AllCheck(all.criteria().stream().map(c -> compile(guidelineId, c, bits)).toList());
            }
        });
    }

    private static Map<String, Map<String, Finding>> codeFindings(String guidelineId, List<ProcedureCode> codes) {
        Map<String, Map<String, Finding>> bySystem = new HashMap<>();
        for (ProcedureCode code : codes) {
            bySystem.computeIfAbsent(code.system(), s -> new HashMap<>())
                    .put(code.code(), new Finding(FindingKind.CODE_IN_SCOPE, code.code(),
                            ClauseId.qualified(guidelineId, "code", code.system().toLowerCase(java.util.Locale.ROOT) + "-" + code.code()),
                            code.descriptor(), code.section(), List.of()));
        }
        bySystem.replaceAll((system, map) -> Map.copyOf(map));
        return bySystem;
    }

    private static Map<LineOfBusiness, CompiledGuideline.ExceptionRule> exceptions(String guidelineId, Guideline guideline) {
        Map<LineOfBusiness, CompiledGuideline.ExceptionRule> rules = new EnumMap<>(LineOfBusiness.class);
        for (ProgramException e : guideline.programExceptions().exceptions()) {
            FindingKind kind = e.effect() == ProgramException.Effect.DEFER_TO_PROGRAM
                    ? FindingKind.PROGRAM_EXCEPTION_DEFERS
                    : FindingKind.PROGRAM_EXCEPTION_APPLIES;
            String text = e.heading().isEmpty() ? e.text() : e.heading() + ": " + e.text();
            rules.put(e.lineOfBusiness(), CompiledGuideline.exceptionRule(e, new Finding(kind, e.id(),
                    ClauseId.qualified(guidelineId, "exception", e.id()), text, e.section(), List.of())));
        }
        return rules;
    }

    private static List<CompiledGuideline.RequiredDocument> documents(String guidelineId, List<DocumentRequirement> requirements) {
        return requirements.stream()
                .map(r -> CompiledGuideline.requiredDocument(r.loinc(), r.name().isEmpty() ? "LOINC " + r.loinc() : r.name(),
                        r.window(), r.id(), ClauseId.qualified(guidelineId, "document", r.id())))
                .toList();
    }
}
