// Benign: the other guideline in the subfolder.
guideline('99-00001-21') {
    title 'Second of Two in a Folder'
    originalEffectiveDate '2020-01-01'
    reviewed '2020-06-01'
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
