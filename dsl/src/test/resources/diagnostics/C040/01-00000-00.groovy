guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            quantity 'spo2', atMost: 88, unit: '%'
            quantity 'spo2', atMost: 0.88, unit: '1', id: 'spo2-fraction'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New.'
        revision '2022-01-01', 'Revised.'
    }
}
