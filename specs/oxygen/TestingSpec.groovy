package oxygen

import static io.coverkit.determination.FindingKind.*
import static io.coverkit.determination.Outcome.*


/**
 * The time of need (an inpatient going home is tested within 2 days of discharge), the testing
 * specifications (in person, or a home overnight oximetry under an IDTF; no recovery testing; no
 * oximetry from a home sleep test; the titration study of a beneficiary with OSA), and the general
 * requirements (standard written order, proof of delivery, no stand-by oxygen).
 */
class TestingSpec extends OxygenSpecification {

    def "an inpatient discharged on 2026-05-10 tested on #tested: #outcome"() {
        when:
        def d = decide(groupOne().fact('inpatient-going-home', true)
                .event('hospital-discharge', '2026-05-10').event('qualifying-blood-gas-study', tested))

        then:
        d.outcome == outcome
        d.findings(kind)*.ref.contains('study-within-2-days-of-discharge')

        where:
        tested       || outcome                 | kind
        '2026-05-10' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '2026-05-08' || MEETS_MEDICAL_NECESSITY | CRITERION_MET
        '2026-05-07' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
        '2026-05-11' || NOT_MEDICALLY_NECESSARY | CRITERION_NOT_MET
    }

    def "an inpatient whose discharge date is not stated needs more information"() {
        when:
        def d = decide(groupOne().fact('inpatient-going-home', true).event('qualifying-blood-gas-study', '2026-05-08'))

        then:
        d.outcome == NEEDS_MORE_INFORMATION
        d.findings(FACT_UNKNOWN)*.ref.contains('study-within-2-days-of-discharge')
        d.findings(CRITERION_NOT_MET)*.ref.every { !it.startsWith('group-1-po2-at-rest') }
    }

    def "a home overnight oximetry on 2026-05-12 instead of an in-person test, #missing: #outcome"() {
        when:
        def r = groupOne().fact('tested-in-person', false).fact('home-overnight-oximetry-under-idtf', true)
                .event('overnight-oximetry', '2026-05-12').event('idtf-order', ordered)
        ['performed-under-idtf-direction', 'sealed-tamper-proof-unit'].each { r.fact(it, it != missing) }
        def d = decide(r)

        then:
        d.outcome == outcome

        where:
        missing                          | ordered      || outcome
        'nothing'                        | '2026-05-12' || MEETS_MEDICAL_NECESSITY
        'nothing'                        | '2026-05-01' || MEETS_MEDICAL_NECESSITY
        'the IDTF ordered after the test' | '2026-05-13' || NOT_MEDICALLY_NECESSARY
        'performed-under-idtf-direction' | '2026-05-01' || NOT_MEDICALLY_NECESSARY
        'sealed-tamper-proof-unit'       | '2026-05-01' || NOT_MEDICALLY_NECESSARY
    }

    def "a test neither in person nor a home overnight oximetry under an IDTF does not qualify"() {
        expect:
        decide(groupOne().fact('tested-in-person', false).fact('home-overnight-oximetry-under-idtf', false)).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "#source never qualifies"() {
        when:
        def d = decide(groupOne().fact(source, true))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref.contains(clause)

        where:
        source                           || clause
        'qualified-by-recovery-oximetry' || 'recovery-oximetry'
        'oximetry-from-home-sleep-test'  || 'oximetry-from-home-sleep-test'
        'emergency-or-standby-only'      || 'emergency-or-standby-only'
    }

    def "a beneficiary with OSA qualifying during a titration of #hours hours, AHI #ahi, saturation #saturation: #outcome"() {
        when:
        def d = decide(notHypoxemic(['saturation-during-sleep': '86']).fact('osa-qualified-by-sleep-test', true)
                .observation('titration-hours', hours).observation('titration-ahi', ahi)
                .fact('oximetry-at-optimal-pap-settings', true).observation('titration-saturation', saturation))

        then:
        d.outcome == outcome

        where:
        hours | ahi    | saturation || outcome
        '2'   | '10'   | '88'       || MEETS_MEDICAL_NECESSITY
        '1.9' | '10'   | '88'       || NOT_MEDICALLY_NECESSARY
        '2'   | '10'   | '88.5'     || NOT_MEDICALLY_NECESSARY
        '2'   | '10.5' | '88'       || NEEDS_MORE_INFORMATION
    }

    def "a titration that does not reach 10 per hour: initial AHI #initial, further reduction #reduced: #outcome"() {
        when:
        def d = decide(notHypoxemic(['saturation-during-sleep': '86']).fact('osa-qualified-by-sleep-test', true)
                .observation('titration-hours', '3').observation('titration-ahi', '10.5')
                .observation('initial-ahi', initial).fact('titration-further-reduction', reduced)
                .fact('oximetry-at-optimal-pap-settings', true).observation('titration-saturation', '87'))

        then:
        d.outcome == outcome

        where:
        initial | reduced || outcome
        '9.5'   | true    || MEETS_MEDICAL_NECESSITY
        '9.5'   | false   || NOT_MEDICALLY_NECESSARY
        '10'    | true    || NOT_MEDICALLY_NECESSARY
    }

    def "oximetry before the PAP settings were optimal does not qualify"() {
        expect:
        decide(notHypoxemic(['saturation-during-sleep': '86']).fact('osa-qualified-by-sleep-test', true)
                .observation('titration-hours', '3').observation('titration-ahi', '5')
                .fact('oximetry-at-optimal-pap-settings', false).observation('titration-saturation', '87')).outcome == NOT_MEDICALLY_NECESSARY
    }

    def "the standard written order: #order: #outcome"() {
        when:
        def r = groupOne()
        r.build() // the base states an order on the date of service; these scenarios replace it
        def base = order == 'none' ? withoutOrder() : order == 'unwritten' ? withoutOrder().order('2026-05-20', false, 'PHYSICIAN', '')
                : withoutOrder().order('2026-06-02', true, 'PHYSICIAN', '')
        def d = decide(base)

        then:
        d.outcome == outcome

        where:
        order                || outcome
        'none'               || NEEDS_MORE_INFORMATION
        'unwritten'          || NOT_MEDICALLY_NECESSARY
        'after the service'  || NEEDS_MORE_INFORMATION
    }

    /** Group I, everything stated but the order. */
    def withoutOrder() {
        def r = request().hcpcs('E1390').on('2026-06-01').bornOn('1948-05-01').lineOfBusiness('MEDICARE')
        ['proof-of-delivery', 'ordered-and-evaluated', 'study-by-qualified-provider', 'oxygen-will-improve-condition', 'tested-in-person']
                .each { r.fact(it, true) }
        ['inpatient-going-home', 'study-paid-for-by-supplier', 'qualified-by-recovery-oximetry', 'oximetry-from-home-sleep-test',
         'osa-qualified-by-sleep-test', 'emergency-or-standby-only', 'angina-without-hypoxemia', 'dyspnea-without-cor-pulmonale-or-hypoxemia',
         'peripheral-vascular-disease-without-systemic-hypoxemia', 'terminal-illness-not-affecting-breathing'].each { r.fact(it, false) }
        r.observation('po2-at-rest', '52')
    }

    def "#code is denied as not reasonable and necessary, whatever the study shows"() {
        when:
        def d = decide(groupOne('2026-06-01', code))

        then:
        d.outcome == NOT_MEDICALLY_NECESSARY
        d.findings(CRITERION_NOT_MET)*.ref.contains(clause)
        !decide(groupOne()).cites(clause) || decide(groupOne()).findings(CRITERION_MET)*.ref.contains(clause)

        where:
        code    || clause
        'A4575' || 'billed-a4575'
        'E0446' || 'billed-e0446'
    }
}
