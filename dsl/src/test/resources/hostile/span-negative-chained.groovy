// attack: value-range
// expect: V005 19:54
// a negative time span as the chained within word
guideline('99-00000-01') {
    title 'Image-Guided Radiation Therapy'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        paragraph 'Image-guided radiation therapy (IGRT) meets the definition of medical necessity for the following indications:'
        anyOf {
            indication 'Implanted fiducial markers'
            indication 'Target volume that is subject to daily variation that is due to internal motion', id: 'internal-motion'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
        documentation {
            requiresDocument loinc: '28626-0' within((-6).months)
        }
    }
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
    }
}
