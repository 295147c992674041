// Benign: clauses added and deleted on revision dates, each change announced in the update history.
guideline('99-00001-11') {
    title 'Added and Deleted Dates'
    originalEffectiveDate '2015-05-15'
    revised '2026-01-01'
    positionStatement {
        anyOf {
            indication 'Implanted fiducial markers'
            indication 'Dose escalation is planned', id: 'dose-escalation', added: '2016-05-01'
            indication 'Intra-fraction localization and tracking', id: 'intra-fraction-tracking', deleted: '2016-05-01'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387', added: '2016-05-01'
            code '77014', deleted: '2026-01-01'
            code '76050', deleted: '2016-05-01'
        }
        codes('HCPCS') {
            code 'G6001', added: '2016-05-01', deleted: '2026-01-01'
        }
        documentation {
            timeFrameModifier '18805-2', within: 6.months, added: '2016-05-01',
                    narrative: 'Six months or fewer before the date of service'
            requiresDocument loinc: '28626-0', timeFrame: '18805-2', added: '2016-05-01' within 6.months
            requiresDocument loinc: '18776-5', name: 'Plan of treatment', added: '2016-05-01', deleted: '2026-01-01', within: 3.months
        }
    }
    programExceptions {
        exception 'FEP', text: 'Follow FEP guidelines.'
        exception 'MEDICARE_ADVANTAGE', follow: 'guideline', added: '2016-05-01', text: 'No NCD or LCD applies.'
    }
    updateHistory {
        revision '2015-05-15', 'New Medical Coverage Guideline.'
        revision '2016-05-01', 'Revision; added 77387 and G6001; deleted 76050; revised the position statement; added LOINC codes; added Medicare Advantage products program exception.'
        revision '2026-01-01', 'Annual CPT/HCPCS coding update. Deleted 77014 and G6001.'
    }
}
