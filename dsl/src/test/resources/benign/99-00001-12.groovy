// Benign: unknownBefore in each block that takes it; the dates are revision dates.
guideline('99-00001-12') {
    title 'Unknown Before a Date'
    originalEffectiveDate '2010-02-15'
    positionStatement {
        unknownBefore '2023-05-15', reason: 'the position statement in force before 05/15/23 is not published'
        anyOf {
            indication 'Implanted fiducial markers'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
        documentation {
            unknownBefore '2016-05-01', reason: 'the documentation table before 05/01/16 is not published'
            requiresDocument loinc: '28626-0' within 6.months
        }
    }
    programExceptions {
        unknownBefore '2016-05-01', reason: 'the program exceptions before 05/01/16 are not published'
        exception 'FEP'
    }
    updateHistory {
        revision '2010-02-15', 'New Medical Coverage Guideline.'
        revision '2016-05-01', 'Revision; updated program exception.'
        revision '2023-05-15', 'Review: revised description and position statement.'
    }
}
