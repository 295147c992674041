package io.coverkit.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * Uses of keywords quoted from the policies in {@code policies/}, which the vocabulary reference
 * prints under a keyword's generated example: an analyst learns a keyword best from a guideline
 * that needed it. {@code RealExamplesTest} holds each quotation to the policy it names (it must
 * appear there, whitespace aside) and reads it through the real reader, so none can drift or show
 * what the reader rejects.
 */
public final class RealExamples {
    private RealExamples() {}

    /**
     * One quotation.
     *
     * @param keyword the keyword it shows
     * @param guideline the id of the policy in {@code policies/} it is quoted from
     * @param source the lines of the policy, as written there (a block's body may be cut to
     *     {@code ...} where the rest adds nothing to the keyword)
     */
    public record RealExample(String keyword, String guideline, String source) {}

    private static final List<RealExample> ALL = declare();

    /** Every quotation, in declaration order. */
    public static List<RealExample> all() {
        return ALL;
    }

    /** The quotations showing {@code keyword}, in declaration order. */
    public static List<RealExample> of(String keyword) {
        return ALL.stream().filter(e -> e.keyword().equals(keyword)).toList();
    }

    private static List<RealExample> declare() {
        List<RealExample> e = new ArrayList<>();
        e.add(new RealExample("since", "ncd-210.14", """
                since 'quit-smoking', within: 15.years, text: 'or one who has quit smoking within the last 15 years; and',
                        reading: 'a member who quit exactly 15 years before the date of service has quit within the last 15 years'"""));
        e.add(new RealExample("quantity", "ncd-210.14", """
                quantity 'pack-years', atLeast: 20, id: 'pack-years-20', added: '2022-02-10',
                        text: 'Tobacco smoking history of at least 20 pack-years (one pack-year = smoking one pack per day for one year; 1 pack = 20 cigarettes);'"""));
        e.add(new RealExample("tried", "ohio-medicaid-updl-osteoporosis", """
                tried drugClass: 'bisphosphonates', moreThan: 365.days, total: true, id: 'bisphosphonate-trial-365-days',
                        text: 'Trial of bisphosphonates for greater than 365 days',
                        reading: 'the days of every bisphosphonate therapy before the date of service add up, each day once, whatever the outcome; 366 days meet it, 365 do not'"""));
        e.add(new RealExample("occurred", "cms-lcd-l33797", """
                occurred 'qualifying-blood-gas-study', before: 'hospital-discharge', atMost: 2.days, id: 'study-within-2-days-of-discharge',
                        reading: 'within 2 days of discharge: on the day of discharge or on one of the 2 days before it (a study 3 days before, or after discharge, is not)'"""));
        e.add(new RealExample("occurred", "ncd-240.4", """
                occurred 'cpap-benefit', after: 'cpap-start', lessThan: 12.weeks, id: 'benefit-during-12-weeks',
                        reading: 'the NCD does not say how benefit is measured: the caller states the benefit as an event (cpap-benefit), dated within the 12-week period (day 0 to day 83 after cpap-start)'"""));
        // Family 6 (therapy classes and non-drug therapies), from the Ohio UPDL 2024-01 class pages.
        e.add(new RealExample("therapyClass", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                therapyClass 'phototherapy', text: 'phototherapy', kind: 'procedure'"""));
        e.add(new RealExample("member", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                member 'elidel'
                member 'pimecrolimus'"""));
        e.add(new RealExample("tried", "ohio-medicaid-updl-2024-01-respiratory-antibodies", """
                tried therapyClass: 'antihistamines', distinct: 2, outcome: 'failure', atLeast: 14.days, id: 'two-antihistamines-14-days',
                        text: 'For **Chronic Urticaria** – Must have had an inadequate clinical response to at least **14 days** with at least **two different** antihistamines',"""));
        e.add(new RealExample("taking", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                none {
                    taking therapyClass: 'phototherapy', id: 'receiving-phototherapy'
                }"""));
        e.add(new RealExample("forStatus", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                heading 'Non-Preferred'
                paragraph 'Non-Preferred Criteria'
                forStatus('non-preferred') {
                ...
                }"""));
        e.add(new RealExample("forClass", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                forClass('tnf-inhibitors') {
                    none {
                        tried therapyClass: 'tnf-inhibitors', outcome: 'failure', atLeast: 90.days, id: 'tnf-inhibitor-failed-90-days',
                                text: 'If an inadequate clinical response after **90 days** with one TNF inhibitor, further TNF inhibitors will not be authorized',"""));
        e.add(new RealExample("forDiagnosis", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                heading 'Hidradentis Suppurativa'
                paragraph 'Additional Hidradentis Suppurativa Criteria'
                forDiagnosis('hidradenitis-suppurativa') {
                ...
                }"""));
        e.add(new RealExample("authorizationLength", "ohio-medicaid-updl-2024-01-respiratory-antibodies", """
                authorizationLength 180.days, subsequent: 365.days, heading: 'Authorizations',
                        text: 'Length of Authorizations: Initial: 180 days; Subsequent: 365 days'"""));
        e.add(new RealExample("drugList", "ohio-medicaid-updl-2024-01-respiratory-antibodies", """
                drugList(heading: 'Formulary', columns: 'Generic Name | Quantity | Time (Days)') {
                    drug 'Fasenra', status: 'preferred', drugClass: 'respiratory-monoclonal-antibodies', note: 'PA'
                ...
                }"""));
        // Add a quotation for every keyword a guideline needed, right after the guideline uses it.
        return List.copyOf(e);
    }
}
