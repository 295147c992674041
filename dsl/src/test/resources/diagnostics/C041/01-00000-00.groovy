guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            allOf(added: '2022-01-01') {
                quantity 'ahi', atLeast: 15, added: '2020-01-01'
            }
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
