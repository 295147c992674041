// attack: bidi
// expect: G004 5:10
// U+200F right-to-left mark after a keyword
guideline('99-00000-01') {
    title‏ 'Image-Guided Radiation Therapy'
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
    }
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
    }
}
