// Benign: one of two guidelines in a subfolder.
guideline('99-00001-20') {
    title 'First of Two in a Folder'
    originalEffectiveDate '2020-01-01'
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
