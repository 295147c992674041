// reworded-before.groovy with one indication reworded; nothing else differs.
guideline('01-00000-00') {
    title 'Reworded indication'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        paragraph 'Image guidance meets the definition of medical necessity for the following indications:'
        anyOf {
            indication 'Target volume is located within critical structures', id: 'near-critical-structures'
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
