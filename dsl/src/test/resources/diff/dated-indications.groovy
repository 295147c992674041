// One guideline whose 2021-01-01 revision replaces an indication (a new id) and adds a code.
guideline('01-00000-00') {
    title 'Dated indications'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        paragraph 'Image guidance meets the definition of medical necessity for the following indications:'
        anyOf {
            indication 'Target volume is near critical structures', id: 'near-critical-structures', deleted: '2021-01-01'
            indication 'Target volume is located within critical structures', id: 'within-critical-structures', added: '2021-01-01'
            indication 'Implanted fiducial markers'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
            code '77014', added: '2021-01-01'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New.'
        revision '2021-01-01', 'Revised position statement; added 77014.'
    }
}
