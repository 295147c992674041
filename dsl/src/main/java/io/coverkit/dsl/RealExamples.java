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

    /**
     * A sentence of a stored guideline text with the criterion that says it, for a keyword no policy
     * in {@code policies/} needs yet: the sentence is held to the stored text, the criterion to the
     * real reader.
     *
     * @param keyword the keyword it shows
     * @param source the stored text under {@code policies/sources/}, such as {@code cms-lcd-l33718.txt}
     * @param sentence the words of the text, as stored (whitespace aside)
     * @param criterion the keyword written for those words
     */
    public record TextExample(String keyword, String source, String sentence, String criterion) {}

    private static final List<RealExample> ALL = declare();

    private static final List<TextExample> FROM_TEXTS = List.of(
            new TextExample("lasted", "cms-lcd-l33718.txt", "If an E0601 device has been used for more than 3 months",
                    "lasted 'e0601', moreThan: 3.months"),
            new TextExample("trend", "cms-lcd-l33797.txt", "A decrease in arterial PO2 more than 10 mm Hg",
                    "trend 'arterial-po2', falling: true, moreThan: 10"),
            new TextExample("documented", "ncd-240.4.txt", "documented symptoms of excessive daytime sleepiness",
                    "documented 'excessive-daytime-sleepiness'"));

    /** Every sentence quoted from a stored text, in declaration order. */
    public static List<TextExample> fromTexts() {
        return FROM_TEXTS;
    }

    /** The sentences quoted for {@code keyword}. */
    public static List<TextExample> fromTexts(String keyword) {
        return FROM_TEXTS.stream().filter(e -> e.keyword().equals(keyword)).toList();
    }

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
        // LCD L33718 (PAP devices): its criteria live in the page's own sections.
        e.add(new RealExample("section", "cms-lcd-l33718", """
                section('Sleep Tests') {
                    paragraph 'Coverage and Payment rules for diagnostic sleep tests may be found in the CMS National Coverage Determination (NCD) 240.4.1 (CMS Pub.100-03, Chapter 1, Part 4), the applicable A/B MAC LCDs and Billing and Coding articles. The sleep test must be either a polysomnogram performed in a facility-based laboratory (Type I study) or an inpatient hospital-based or home-based sleep test (HST) (Types II, III, IV, Other).'
                    allOf {
                        paragraph 'Coverage of a PAP device for the treatment of OSA is limited to claims where the diagnosis of OSA is based upon all of the following:'
                        fact 'valid-sleep-test', text: 'A sleep test (Type I, II, III, IV, Other) that meets the Medicare requirements for a valid sleep test as outlined in NCD 240.4.1 and the applicable A/B MAC LCD and Billing and Coding article; and,'
                ...
                    }
                }"""));
        e.add(new RealExample("field", "cms-lcd-l33718", """
                field 'LCD ID'
                field 'Original ICD-9 LCD ID', 'Not Applicable'
                field 'LCD Title'"""));
        e.add(new RealExample("table", "cms-lcd-l33718", """
                table {
                    columns 'Updated On', 'Effective Dates', 'Status'
                    row '12/07/2023', '01/01/2024 - N/A', 'Currently in Effect (You are here)', added: '2024-01-01'
                }"""));
        e.add(new RealExample("columns", "cms-lcd-l33718", """
                columns 'Updated On', 'Effective Dates', 'Status'"""));
        e.add(new RealExample("row", "cms-lcd-l33718", """
                row '12/07/2023', '01/01/2024 - N/A', 'Currently in Effect (You are here)', added: '2024-01-01'"""));
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
        e.add(new RealExample("adherence", "cms-lcd-l33718", """
                adherence 'pap-usage-hours', atLeast: 4, onPercentOfDays: 70, inAny: 30.days, within: 3.months,
                        after: 'pap-start', unit: 'h', id: 'adherence', text: 'Objective evidence of adherence to use of the PAP device, reviewed by the treating practitioner.',
                        reading: 'the definition below: at least 4 hours of use on at least 70% of the nights (21 of 30) of some 30 consecutive nights, all within the first three months from the first day of therapy; the nightly hours are the request\\'s dated observations of pap-usage-hours, a night without one is a night without use'"""));
        e.add(new RealExample("billed", "cms-lcd-l33797", """
                billed 'A4575', id: 'billed-a4575', text: 'Topical hyperbaric oxygen chambers (A4575) will be denied as not reasonable and necessary.'"""));
        e.add(new RealExample("closedWorld", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                closedWorld 'therapies', reading: 'the drug history comes from the pharmacy benefit and is complete for that benefit: a step it does not show was not taken there'"""));
        e.add(new RealExample("coveredUnderStudy", "ncd-240.4", """
                coveredUnderStudy('Coverage with Evidence Development (CED): Medicare provides the following limited coverage for CPAP in adult beneficiaries who do not qualify for CPAP coverage based on criteria 1-7 above. A clinical study seeking Medicare payment for CPAP provided to a beneficiary who is an enrolled subject in that study must address one or more of the following questions',
                        study: 'ced', id: 'ced') {
                    age min: 18, id: 'ced-adult',
                            reading: 'adult beneficiaries: 18 or older on the date of service; the study\\'s questions and standards (a.-p.) are for CMS to approve, so the caller states the enrollment in a CED study'
                }"""));
        e.add(new RealExample("forCodes", "cms-lcd-l33718", """
                forCodes('E0470') {
                    fact 'e0601-tried-and-ineffective', text: 'An E0601 has been tried and proven ineffective based on a therapeutic trial conducted in either a facility or in a home setting.',
                            reading: 'ineffective as the next paragraph defines it: documented failure to meet therapeutic goals on an E0601 during facility titration or home use despite optimal therapy'
                }"""));
        e.add(new RealExample("lineOfBusiness", "cms-lcd-l33718", """
                lineOfBusiness 'MEDICARE'"""));
        e.add(new RealExample("modifier", "cms-lcd-l33718", """
                modifier 'KX', id: 'modifier-kx',
                        reading: 'from the policy article A52467: suppliers add KX to PAP equipment and accessories only when every criterion of this section has been met (initial coverage in months 1-3, initial and continued coverage from month 4); a line with GA or GZ instead (an expected denial) or with none of the three is not covered'"""));
        e.add(new RealExample("prescriber", "ohio-medicaid-updl-2024-01-systemic-inflammatory", """
                prescriber 'dermatology', 'rheumatology', consultation: true, id: 'alopecia-specialist',
                        text: 'Must be prescribed by or in consultation with a specialist (i.e., dermatologist, rheumatologist)',
                        reading: 'the prescriber\\'s specialty, or a specialty the prescriber consulted, is dermatology or rheumatology (the "i.e." list read as closed)'"""));
        e.add(new RealExample("units", "cms-lcd-l33718", """
                units atMost: 1, per: 3.months, code: 'A4604', id: 'a4604-usual-maximum'"""));
        e.add(new RealExample("unknown", "ncd-240.4", """
                unknown from: '2002-04-01', to: '2005-04-04', reason: 'version 1 (04/01/2002 - 04/04/2005), \\"Continuous Positive Airway Pressure (CPAP)\\", is listed on the NCD page, but its text is not published with version 3'"""));
        // Add a quotation for every keyword a guideline needed, right after the guideline uses it.
        return List.copyOf(e);
    }
}
