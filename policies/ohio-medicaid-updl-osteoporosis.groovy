// Ohio Department of Medicaid, Unified Preferred Drug List (UPDL): prior authorization criteria for
// Endocrine Agents: Osteoporosis – Bone Ossification Enhancers, as transcribed from the UPDL criteria
// of 2022-04-15 (page 56). A second stored version adds only a link to the Preferred Drug List of
// 2022-07-01; its criteria text is the same, so it is not a revision of the rules.
//
// What the text leaves open, and the reading chosen (each cited in the determinations it decides):
// - It gives no effective date; the criteria document's date, 2022-04-15, is taken as the first.
// - The drug list names drugs, not NDCs, and gives no class per drug. Classes follow the critical
//   information and the additional criteria: bisphosphonates (alendronate, ibandronate, risedronate,
//   Fosamax Plus D), calcitonin-salmon, and parathyroid hormone analogs (Forteo is teriparatide,
//   Tymlos is abaloparatide).
// - "Medications not requiring prior approval" are read as the PREFERRED column.
guideline('ohio-medicaid-updl-osteoporosis') {
    template 'medicaid-pdl'
    title 'Endocrine Agents: Osteoporosis – Bone Ossification Enhancers'
    originalEffectiveDate '2022-04-15'
    revised '2022-04-15'

    priorAuthorization required: 'non-preferred'
    authorizationLength 365.days, text: '365 Days'

    positionStatement {
        diagnosisCodes('osteoporosis', reading: 'the criteria name the diagnosis, not its codes: ICD-10-CM categories M80 (osteoporosis with current pathological fracture) and M81 (osteoporosis without current pathological fracture), with every code below them') {
            icd10 'M80', through: 'M81'
        }

        allOf {
            anyOf {
                anyOf {
                    paragraph 'Is there any reason the patient cannot be changed to a medication not requiring prior approval?'
                    paragraph 'Acceptable reasons include:'
                    tried preferred: true, outcome: 'allergy', id: 'allergy-to-preferred',
                            text: 'Allergy to medications not requiring prior approval',
                            reading: 'a therapy of any preferred drug, of any class, that the request states ended in allergy'
                    tried preferred: true, outcome: 'contraindication', id: 'contraindication-to-preferred',
                            text: 'Contraindication to or drug interaction with medications not requiring prior approval',
                            reading: 'a preferred drug the request states as contraindicated or interacting (outcome CONTRAINDICATION)'
                    tried preferred: true, outcome: 'intolerance', id: 'toxic-side-effects-to-preferred',
                            text: 'History of unacceptable/toxic side effects to medications not requiring prior approval',
                            reading: 'a therapy of a preferred drug that the request states ended in intolerance'
                }
                tried preferred: true, sameClass: true, outcome: 'failure', atLeast: 90.days, id: 'preferred-trial-90-days',
                        text: 'The requested medication may be approved if there has been a therapeutic failure to no less than a 90-day trial of at least one preferred medication within the same class of the requested medication',
                        reading: 'one therapy of one preferred drug of the requested drug\'s class, ended in failure, lasting at least 90 days counting its first and last days; an ongoing therapy counts through the day before the date of service'
            }
            heading 'CRITICAL INFORMATION'
            none {
                taking otherClass: true, id: 'one-therapeutic-class',
                        text: 'Patients should only be on ONE of the therapeutic classes (bisphosphonates, calcitonin-salmon).',
                        reading: 'a therapy of a class other than the requested drug\'s, under way on the date of service (no end date, or ending on or after it), fails the request; switching needs the old therapy\'s end date'
            }
            forDrug('tymlos', heading: 'ADDITIONAL CRITERIA FOR ABALOPARATIDE (TYMLOS™)',
                    text: 'Abaloparatide is indicated in postmenopausal women with osteoporosis at high risk for fracture.') {
                sex 'F', id: 'female', text: 'Patient is female and postmenopausal'
                fact 'postmenopausal',
                        reading: 'the published criterion "Patient is female and postmenopausal" is read as two: sex F, and postmenopausal stated as a fact'
                diagnosis 'osteoporosis', text: 'Diagnosis of osteoporosis'
                tried drugClass: 'bisphosphonates', moreThan: 365.days, total: true, id: 'bisphosphonate-trial-365-days',
                        text: 'Trial of bisphosphonates for greater than 365 days',
                        reading: 'the days of every bisphosphonate therapy before the date of service add up, each day once, whatever the outcome; 366 days meet it, 365 do not'
                cap 730.days, drugClass: 'parathyroid-hormone-analogs', id: 'pth-analog-lifetime-730-days',
                        text: 'Total lifetime therapy of parathyroid hormone analogs does not exceed 730 days (2 years)',
                        reading: 'days of teriparatide and abaloparatide before the date of service count, each day once; with 730 days used the cap is reached and the request is not met; with fewer, an approval is shortened so the lifetime total cannot pass 730 days'
            }
        }
    }

    drugList('Endocrine Agents: Osteoporosis – Bone Ossification Enhancers', heading: 'Bone Ossification Enhancers') {
        drug 'Alendronate Tab', status: 'preferred', drugClass: 'bisphosphonates'
        drug 'Calcitonin-Salmon', status: 'preferred', drugClass: 'calcitonin-salmon'
        drug 'Forteo', status: 'preferred', drugClass: 'parathyroid-hormone-analogs'
        drug 'Ibandronate', status: 'preferred', drugClass: 'bisphosphonates'
        drug 'Alendronate Susp', status: 'non-preferred', drugClass: 'bisphosphonates'
        drug 'Fosamax Plus D', status: 'non-preferred', drugClass: 'bisphosphonates'
        drug 'Risedronate', status: 'non-preferred', drugClass: 'bisphosphonates'
        drug 'Tymlos', status: 'non-preferred', drugClass: 'parathyroid-hormone-analogs'
    }

    references(heading: 'Link to Criteria') {
        reference '[Endocrine Agents: Osteoporosis - Bone Ossification Enhancers](https://pharmacy.medicaid.ohio.gov/sites/default/files/20220415_UPDL_Criteria_FINAL_.pdf#page=56)'
    }

    updateHistory {
        revision '2022-04-15', 'Prior authorization criteria for bone ossification enhancers as published in the UPDL criteria of 2022-04-15.'
    }
}
