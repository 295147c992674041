guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            indication 'Implanted fiducial markers'
            indication 'Implanted fiducial markers', id: 'markers'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
        documentation {
            requiresDocument loinc: '28626-0' within 6.months
        }
    }
    programExceptions {
        exception 'FEP'
    }
    updateHistory {
        revision '2020-01-01', 'New.'
    }
}
