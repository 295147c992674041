// attack: value-range
// expect: V005 19:50
// a negative time span as a named argument
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
            timeFrameModifier '18805-2', within: (-1).days, narrative: 'Within the last day'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
    }
}
