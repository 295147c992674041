// attack: file-io
// expect: R003 7:16
// reads a local file into the disclaimer, to leak it through rendering
guideline('99-00000-01') {
    title 'Image-Guided Radiation Therapy'
    originalEffectiveDate '2020-01-01'
    disclaimer new File('/etc/passwd').text
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
