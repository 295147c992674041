guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            taking sameClass: true, otherClass: true
        }
    }
    drugList {
        drug 'Forteo', status: 'preferred', drugClass: 'parathyroid-hormone-analogs'
    }
    updateHistory {
        revision '2020-01-01', 'New.'
    }
}
