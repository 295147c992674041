// Benign: keywords in an unusual order; the reader does not care where in its block a keyword sits.
guideline('99-00001-09') {
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
        revision '2021-06-01', 'Review; no change in position statement.'
    }
    references {
        reference 'Second-listed in the file, first in the references.'
    }
    billingCoding {
        documentation {
            requiresDocument loinc: '28626-0', within: 1.year
            paragraph 'The documentation paragraph comes after the requirement.'
        }
        codes('HCPCS') {
            code 'G6001'
        }
        paragraph 'A billing paragraph after the codes.'
        codes('CPT') {
            code '77387'
        }
    }
    positionStatement {
        anyOf {
            indication 'Implanted fiducial markers'
        }
        paragraph 'The paragraph after the criteria.'
    }
    revised '2021-06-01'
    reviewed '2021-06-01'
    originalEffectiveDate '2020-01-01'
    title 'Keywords in Any Order'
}
