// CMS National Coverage Determination 210.14: Screening for Lung Cancer with Low Dose Computed
// Tomography (LDCT). Two versions of one rule set: the original decision (CAG-00439N) and the
// reconsideration that widened eligibility (CAG-00439R). The stored texts end mid-way; what they
// leave open is recorded below with a `reading:`. Both stop before the criteria that follow (the
// reading radiologist's and the imaging facility's eligibility in [R], the rest of the order and visit
// criteria in [N]); those criteria are not carried, so a MEETS decision here says the stored criteria
// are met. [N]'s stored text names the counseling visit (the initial order is given during it) but
// stops before listing the visit's elements, so the four elements are required from 2022-02-10 only.
guideline('ncd-210.14') {
    template 'cms-ncd'
    documentType 'National Coverage Analysis (NCA) Proposed Decision Memo'
    title 'Screening for Lung Cancer with Low Dose Computed Tomography (LDCT)'
    documentNumber 'CAG-00439N', deleted: '2022-02-10'
    documentNumber 'CAG-00439R', added: '2022-02-10'
    originalEffectiveDate '2015-02-05'
    revised '2022-02-10'

    positionStatement {
        paragraph deleted: '2022-02-10', 'The Centers for Medicare & Medicaid Services (CMS) proposes that the evidence is sufficient to add a lung cancer screening counseling and shared decision making visit, and for appropriate beneficiaries, screening for lung cancer with low dose computed tomography (LDCT), once per year, as an additional preventive service benefit under the Medicare program only if all of the following criteria are met:'
        paragraph added: '2022-02-10', 'The Centers for Medicare & Medicaid Services (CMS) reconsidered the national coverage determination established at section 210.14 of the Medicare National Coverage Determinations manual and has determined that the evidence is sufficient to expand the eligibility criteria for Medicare beneficiaries receiving low dose computed tomography (LDCT) when the following criteria are met:'
        paragraph 'Beneficiary eligibility criteria:'
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
            // "once per year" is part of the 2015 decision's opening paragraph, not a line of its own.
            oncePer 1.year,
                    reading: 'a screening is covered again on the anniversary of the last one; one exactly a year before does not count against it'
            anyOf {
                fact 'current-smoker', text: 'Current smoker'
                since 'quit-smoking', within: 15.years, text: 'or one who has quit smoking within the last 15 years; and',
                        reading: 'a member who quit exactly 15 years before the date of service has quit within the last 15 years'
            }
            order id: 'order', added: '2022-02-10', text: 'Receive an order for lung cancer screening with LDCT.',
                    reading: 'any order dated on or before the date of service, written or not, from any practitioner; an order naming a code must name one of this guideline\'s codes'
            allOf {
                paragraph 'A written order for LDCT lung cancer screening that meets the following criteria:', deleted: '2022-02-10'
                initial {
                    order written: true, during: 'counseling-visit', byPractitioner: true, id: 'initial-written-order', deleted: '2022-02-10',
                            text: 'For the initial LDCT lung cancer screening service: the beneficiary must receive a written order for LDCT lung cancer screening during a lung cancer screening counseling and shared decision making visit, furnished by a physician [as defined in Section 1861(r)(1) of the Social Security Act (the Act)] or qualified non-physician practitioner (physician assistant, nurse practitioner, or clinical nurse specialist as defined in §1861(aa)(5) of the Act).',
                            reading: 'the screening is the initial one when the request states no earlier service of this guideline\'s codes; the order names its visit as counseling-visit and who gave it (PHYSICIAN or NON_PHYSICIAN_PRACTITIONER)'
                }
                subsequent {
                    order written: true, byPractitioner: true, id: 'subsequent-written-order', deleted: '2022-02-10',
                            text: 'For subsequent LDCT lung cancer screenings: the beneficiary must receive a written order, which may be furnished during any appropriate visit (for example: during the Medicare annual wellness visit, tobacco cessation counseling services, or evaluation and management visit) with a physician (as defined in Section 1861(r)(1) of the Act) or qualified non-physician practitioner (physician assistant, nurse practitioner, or clinical nurse specialist as defined in Section 1861(aa)(5) of the Act).',
                            reading: 'the examples of an appropriate visit are not a closed list: a written order from any visit counts'
                }
            }
            initial {
                heading 'Counseling and Shared Decision-Making Visit', added: '2022-02-10'
                prerequisite('counseling-visit', system: 'HCPCS', code: 'G0296', added: '2022-02-10',
                        text: 'Before the beneficiary\'s first lung cancer LDCT screening, the beneficiary must receive a counseling and shared decision-making visit that meets all of the following criteria, and is appropriately documented in the beneficiary\'s medical records:',
                        reading: 'the visit is a prior service billed with HCPCS G0296 on or before the date of service whose record documents all four elements; the first screening is one with no earlier service of this guideline\'s codes stated') {
                    element 'eligibility-determination', text: 'Determination of beneficiary eligibility;'
                    element 'shared-decision-making', text: 'Shared decision-making, including the use of one or more decision aids;'
                    element 'adherence-counseling', text: 'Counseling on the importance of adherence to annual lung cancer LDCT screening, impact of comorbidities and ability or willingness to undergo diagnosis and treatment; and'
                    element 'smoking-counseling', text: 'Counseling on the importance of maintaining cigarette smoking abstinence if former smoker; or the importance of smoking cessation if current smoker and, if appropriate, furnishing of information about tobacco cessation interventions.'
                }
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
