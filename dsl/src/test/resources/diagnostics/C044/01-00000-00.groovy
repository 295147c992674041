guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            occurred 'clinical-re-evaluation', after: 'pap-start', atLeast: 91.days, atMost: 31.days
        }
    }
    billingCoding {
        codes('HCPCS') {
            code 'E0601'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New.'
    }
}
