// Benign: CRLF line endings throughout, also inside a multi-line string.
guideline('99-00001-15') {
    title 'Windows Line Endings'
    originalEffectiveDate '2020-01-01'
    description {
        paragraph '''First line.
 Second line.'''
    }
    positionStatement {
        anyOf {
            indication 'Implanted fiducial markers'
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
