// attack: value-range
// expect: V001 11:45
// a revision dated past 2199-12-31, the last date coverkit reads
guideline('99-00000-01') {
    title 'Image-Guided Radiation Therapy'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        paragraph 'Image-guided radiation therapy (IGRT) meets the definition of medical necessity for the following indications:'
        anyOf {
            indication 'Implanted fiducial markers'
            indication 'Far future', added: '9999-01-01'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
        documentation {
            requiresDocument loinc: '28626-0' within 6.months
        }
    }
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
        revision '9999-01-01', 'Added an indication.'
    }
}
