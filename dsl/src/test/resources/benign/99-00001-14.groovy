// Benign: the file starts with a UTF-8 byte order mark.
guideline('99-00001-14') {
    title 'Byte Order Mark'
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
