// A guideline whose indication is reworded in reworded-after.groovy; same id, same clauses otherwise.
guideline('01-00000-00') {
    title 'Reworded indication'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        paragraph 'Image guidance meets the definition of medical necessity for the following indications:'
        anyOf {
            indication 'Target volume is near critical structures', id: 'near-critical-structures'
            indication 'Implanted fiducial markers'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New.'
    }
}
