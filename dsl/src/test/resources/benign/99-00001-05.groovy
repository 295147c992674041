// Benign: the guideline written with a comma before its block, `guideline 'id', { ... }`.
guideline '99-00001-05', {
    title 'Comma Before the Block'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            indication 'Implanted fiducial markers'
        }
    }
    billingCoding {
        codes 'CPT', {
            code '77387'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
    }
}
