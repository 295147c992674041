guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            units atLeast: 4, atMost: 3
        }
    }
    billingCoding {
        codes('HCPCS') {
            code 'A4238'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New.'
    }
}
