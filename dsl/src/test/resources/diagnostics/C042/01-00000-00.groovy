guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        unknown from: '2022-01-01', to: '2020-01-01', reason: 'not stored'
        anyOf {
            quantity 'ahi', atLeast: 15
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
