// Benign: parentheses around every argument list, and around a block.
guideline('99-00001-06') {
    title('Parentheses Everywhere')
    originalEffectiveDate('2020-01-01')
    reviewed('2021-03-01')
    positionStatement({
        paragraph('The service meets the definition of medical necessity for:')
        allOf() {
            indication('Implanted fiducial markers')
            indication('Target volume near critical structures', id: 'near-critical-structures')
        }
    })
    billingCoding() {
        codes('CPT') {
            code('77387', 'Guidance for localization of target volume')
        }
        documentation() {
            timeFrameModifier('18805-2', within: 6.months, narrative: 'Six months or fewer before the date of service')
            requiresDocument(loinc: '28626-0', name: 'Physician history and physical', timeFrame: '18805-2', within: 6.months)
            requiresDocument(loinc: '18741-9', name: 'Attending physician progress note', timeFrame: '18805-2') within(6.months)
        }
    }
    committeeApproval('Approved by the committee on 03/01/21.', date: '2021-03-01')
    updateHistory() {
        revision('2020-01-01', 'New Medical Coverage Guideline.')
    }
}
