// CMS National Coverage Determination 210.14: Screening for Lung Cancer with Low Dose Computed
// Tomography (LDCT). Two versions of one rule set: the original decision (CAG-00439N) and the
// reconsideration that widened eligibility (CAG-00439R). The stored texts end mid-way; what they
// leave open is recorded below with `unknownBefore` or a `reading:`.
guideline('ncd-210.14') {
    title 'Screening for Lung Cancer with Low Dose Computed Tomography (LDCT)'
    originalEffectiveDate '2015-02-05'
    revised '2022-02-10'

    positionStatement {
        paragraph deleted: '2022-02-10', 'The Centers for Medicare & Medicaid Services (CMS) proposes that the evidence is sufficient to add a lung cancer screening counseling and shared decision making visit, and for appropriate beneficiaries, screening for lung cancer with low dose computed tomography (LDCT), once per year, as an additional preventive service benefit under the Medicare program only if all of the following criteria are met:'
        paragraph added: '2022-02-10', 'The Centers for Medicare & Medicaid Services (CMS) reconsidered the national coverage determination established at section 210.14 of the Medicare National Coverage Determinations manual and has determined that the evidence is sufficient to expand the eligibility criteria for Medicare beneficiaries receiving low dose computed tomography (LDCT) when the following criteria are met:'
        derive 'pack-years', from: 'packs-per-day', times: 'years-smoked'
        allOf {
            age min: 55, max: 74, text: 'Age 55-74 years;', deleted: '2022-02-10'
            age min: 50, max: 77, text: 'Age 50 – 77 years;', added: '2022-02-10'
            fact 'asymptomatic', text: 'Asymptomatic (no signs or symptoms of lung disease);', deleted: '2022-02-10'
            fact 'asymptomatic', text: 'Asymptomatic (no signs or symptoms of lung cancer);', added: '2022-02-10'
            quantity 'pack-years', atLeast: 30, id: 'pack-years-30', deleted: '2022-02-10',
                    text: 'Tobacco smoking history of at least 30 pack-years (one pack-year = smoking one pack per day for one year; 1 pack = 20 cigarettes);'
            quantity 'pack-years', atLeast: 20, id: 'pack-years-20', added: '2022-02-10',
                    text: 'Tobacco smoking history of at least 20 pack-years (one pack-year = smoking one pack per day for one year; 1 pack = 20 cigarettes);'
            oncePer 1.year, text: 'once per year',
                    reading: 'a screening is covered again on the anniversary of the last one; one exactly a year before does not count against it'
            anyOf {
                fact 'current-smoker', text: 'Current smoker'
                since 'quit-smoking', within: 15.years, text: 'or one who has quit smoking within the last 15 years',
                        reading: 'a member who quit exactly 15 years before the date of service has quit within the last 15 years'
            }
        }
    }

    billingCoding {
        // The stored decision memos name no codes; these are the codes that bill the LDCT screening.
        codes('HCPCS') {
            code 'G0297'
        }
        codes('CPT') {
            code '71271'
        }
    }

    updateHistory {
        revision '2015-02-05', 'CAG-00439N: coverage of lung cancer screening with LDCT, once per year, for beneficiaries 55-74 years with at least 30 pack-years.'
        revision '2022-02-10', 'CAG-00439R: reconsideration; expanded eligibility to 50-77 years and at least 20 pack-years.'
    }
}
