guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        diagnosisCodes('osteoporosis') {
            icd10 'M81', through: 'M80.0'
        }
        anyOf {
            diagnosis 'osteoporosis'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New.'
    }
}
