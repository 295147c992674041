package immunomodulators

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*

/**
 * The additional criteria per diagnosis: alopecia areata, atopic dermatitis, Crohn's disease,
 * hidradenitis suppurativa, plaque psoriasis and ulcerative colitis.
 */
class DiagnosesSpec extends ImmunomodulatorSpecification {

    def "alopecia areata: a specialist (#specialist) and #days days of a topical steroid: #outcome"() {
        given:
        def request = asking('olumiant').diagnosis('L63.9').therapy('enbrel', '2023-09-01', plus('2023-09-01', 90), 'FAILURE')
                .therapy('otezla', '2023-12-01', plus('2023-12-01', 90), 'FAILURE').therapy('humira', '2022-01-01', '2022-02-01', 'ALLERGY')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)
                .fact('prescribed-by-or-with-dermatologist-or-rheumatologist', specialist)
                .classTherapy('topical-corticosteroids', 'DRUG', startOf(days), dayBefore(), 'FAILURE')

        expect:
        decide(request).outcome == outcome

        where:
        specialist | days || outcome
        true       | 90   || MEETS_MEDICAL_NECESSITY
        true       | 89   || NOT_MEDICALLY_NECESSARY
        false      | 90   || NOT_MEDICALLY_NECESSARY
    }

    def "atopic dermatitis: BSA #bsa% with #tried tried, severe #severe: #outcome"() {
        given:
        def request = asking('dupixent').diagnosis('L20.9').observation(unit: '%', 'bsa-involvement', bsa)
        if (tried.contains('tcs')) {
            request.therapy('triamcinolone-cream', 'topical-corticosteroids', '2023-10-01', '2023-11-01', 'FAILURE')
        }
        if (tried.contains('tci')) {
            request.therapy('elidel', '2023-12-01', '2024-01-15', 'COMPLETED')
        }
        if (severe != null) {
            request.fact('severe-atopic-dermatitis', severe)
        }

        expect:
        decide(request).outcome == outcome

        where:
        bsa  | tried       | severe || outcome
        '10' | 'tcs + tci' | null   || MEETS_MEDICAL_NECESSITY
        '9'  | 'tcs + tci' | false  || NOT_MEDICALLY_NECESSARY
        '40' | 'tcs'       | false  || NOT_MEDICALLY_NECESSARY
        '40' | 'tci'       | false  || NOT_MEDICALLY_NECESSARY
        '26' | 'none'      | true   || MEETS_MEDICAL_NECESSITY
        '25' | 'none'      | true   || NOT_MEDICALLY_NECESSARY
        '26' | 'none'      | false  || NOT_MEDICALLY_NECESSARY
    }

    def "a BSA stated in another unit is not compared"() {
        expect:
        decide(asking('dupixent').diagnosis('L20.9').observation(unit: 'cm2', 'bsa-involvement', '5000').fact('severe-atopic-dermatitis', true))
                .outcome == NEEDS_MORE_INFORMATION
    }

    def "Crohn's disease: a CDAI of #value: #outcome"() {
        expect:
        decide(asking('humira').diagnosis('K50.90').observation('cdai', value)).outcome == outcome

        where:
        value   || outcome
        '220'   || MEETS_MEDICAL_NECESSITY
        '219.9' || NOT_MEDICALLY_NECESSARY
        '219'   || NOT_MEDICALLY_NECESSARY
        '450'   || MEETS_MEDICAL_NECESSITY
    }

    def "Crohn's disease without a CDAI needs it"() {
        expect:
        decide(asking('humira').diagnosis('K50.90')).outcome == NEEDS_MORE_INFORMATION
    }

    def "hidradenitis suppurativa: Hurley stage #stage: #outcome"() {
        expect:
        decide(asking('humira').diagnosis('L73.2').observation('hurley-stage', stage)).outcome == outcome

        where:
        stage || outcome
        '3'   || MEETS_MEDICAL_NECESSITY
        '2'   || NOT_MEDICALLY_NECESSARY
    }

    def "plaque psoriasis: PASI #pasi, BSA #bsa%, sPGA #spga: #outcome"() {
        given:
        def request = asking('otezla').diagnosis('L40.0').observation('pasi', pasi).observation(unit: '%', 'bsa-involvement', bsa)
                .observation('spga', spga)

        expect:
        decide(request).outcome == outcome

        where:
        pasi | bsa  | spga || outcome
        '11' | '10' | '2'  || MEETS_MEDICAL_NECESSITY
        '11' | '9'  | '3'  || MEETS_MEDICAL_NECESSITY
        '10' | '10' | '3'  || MEETS_MEDICAL_NECESSITY
        '10' | '9'  | '3'  || NOT_MEDICALLY_NECESSARY
        '11' | '9'  | '2'  || NOT_MEDICALLY_NECESSARY
        '10' | '10' | '2'  || NOT_MEDICALLY_NECESSARY
        '30' | '40' | '4'  || MEETS_MEDICAL_NECESSITY
    }

    def "plaque psoriasis with phototherapy under way needs #days days of it that failed (#drug): #outcome"() {
        given:
        def request = asking(drug).diagnosis('L40.0').observation('pasi', '12').observation('spga', '3')
                .classTherapy('phototherapy', 'PROCEDURE', startOf(days), null, phototherapyOutcome)
                .therapy('humira', '2022-01-01', '2022-02-01', 'ALLERGY').therapy('enbrel', '2023-01-01', '2023-06-30', 'FAILURE')
                .therapy('otezla', '2023-07-01', '2023-12-31', 'FAILURE')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)

        expect:
        decide(request).outcome == outcome

        where:
        drug       | days | phototherapyOutcome || outcome
        'otezla'   | 90   | 'FAILURE'           || MEETS_MEDICAL_NECESSITY
        'otezla'   | 89   | 'FAILURE'           || NOT_MEDICALLY_NECESSARY
        'otezla'   | 200  | 'ONGOING'           || NOT_MEDICALLY_NECESSARY
        'skyrizi'  | 10   | 'ONGOING'           || MEETS_MEDICAL_NECESSITY
    }

    def "phototherapy that ended before the date of service is not current"() {
        expect:
        decide(asking('otezla').diagnosis('L40.0').observation('pasi', '12').observation('spga', '3')
                .classTherapy('phototherapy', 'PROCEDURE', '2024-01-01', '2024-02-01', 'COMPLETED')).outcome == MEETS_MEDICAL_NECESSITY
    }

    def "ulcerative colitis: a TNF inhibitor after #prior failed for #days days: #outcome"() {
        given:
        def request = asking(drug).diagnosis('K51.90').therapy(prior, startOf(days), dayBefore(), 'FAILURE')
                .therapy('humira', '2022-01-01', '2022-02-01', 'ALLERGY').therapy('enbrel', '2023-01-01', '2023-06-30', 'FAILURE')
                .therapy('otezla', '2023-07-01', '2023-12-31', 'FAILURE')
                .fact('extended-release-formulation', false).fact('brand-with-preferred-generics', false)

        expect:
        decide(request).outcome == outcome

        where:
        drug         | prior         | days || outcome
        'simponi'    | 'cimzia'      | 90   || NOT_MEDICALLY_NECESSARY
        'simponi'    | 'cimzia'      | 89   || NOT_MEDICALLY_NECESSARY
        'xeljanz-ir' | 'cimzia'      | 90   || MEETS_MEDICAL_NECESSITY
        'humira'     | 'rinvoq'      | 120  || NOT_MEDICALLY_NECESSARY
    }

    def "ulcerative colitis: the rule against further TNF inhibitors names the failed trial"() {
        when:
        def d = decide(asking('humira').diagnosis('K51.90').therapy('infliximab', 'tnf-inhibitors', startOf(90), dayBefore(), 'FAILURE'))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET).find { it.ref == 'tnf-inhibitor-failed-90-days' }.text.contains(
                "(infliximab from ${startOf(90)} for 90 days is at least 90 days")
        decide(asking('otezla').diagnosis('K51.90').therapy('infliximab', 'tnf-inhibitors', startOf(90), dayBefore(), 'FAILURE'))
                .findings(CRITERIA_NOT_APPLICABLE).find { it.ref == 'for-tnf-inhibitors' }.text ==
                ('criteria for a request for a drug of therapy class tnf-inhibitors do not apply: the request is for otezla, '
                        + 'not a drug of therapy class tnf-inhibitors')
    }
}
