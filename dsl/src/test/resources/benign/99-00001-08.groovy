// Benign: named arguments spread over lines, with a trailing comma inside parentheses.
guideline('99-00001-08') {
    title 'Named Arguments Across Lines'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            indication 'Target volume that is subject to daily variation that is due to internal motion',
                    id: 'internal-motion'
            indication('Implanted fiducial markers',
                    id: 'fiducial-markers',
            )
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387',
                    'Guidance for localization of target volume for delivery of radiation treatment'
        }
        documentation {
            timeFrameModifier '18805-2',
                    within: 6.months,
                    narrative: 'Include all data of the selected type that represents observations made six months or fewer before starting date of service for the claim'
            requiresDocument(
                    loinc: '28626-0',
                    name: 'Physician history and physical',
                    timeFrame: '18805-2',
                    within: 6.months,
            )
        }
    }
    programExceptions {
        exception('MEDICARE_ADVANTAGE',
                heading: 'Medicare Advantage products',
                follow: 'guideline',
                text: 'No National Coverage Determination (NCD) and/or Local Coverage Determination (LCD) were found.',
        )
        exception 'FEP',
                heading: 'Federal Employee Program (FEP)',
                text: 'Follow FEP guidelines.'
    }
    updateHistory {
        revision '2020-01-01',
                'New Medical Coverage Guideline.'
    }
}
