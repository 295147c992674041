// Benign: every optional keyword of the vocabulary, once.
guideline('99-00001-10') {
    title 'Every Optional Keyword'
    originalEffectiveDate '2020-01-01'
    reviewed '2022-05-15'
    revised '2022-05-15'
    disclaimer 'THIS MEDICAL COVERAGE GUIDELINE IS NOT AN AUTHORIZATION, CERTIFICATION, EXPLANATION OF BENEFITS, OR A GUARANTEE OF PAYMENT.'

    description {
        paragraph 'The description.'
    }

    positionStatement {
        unknownBefore '2021-01-01', reason: 'the text in force before the 2021 revision is not published'
        paragraph 'The service **meets the definition of medical necessity** when:'
        anyOf {
            indication 'Implanted fiducial markers'
            indication 'Dose escalation is planned beyond the usual doses', id: 'dose-escalation', added: '2021-01-01'
            allOf {
                indication 'Target volume located near critical structures', id: 'near-critical-structures'
                indication 'Tissue with inherent setup variation', id: 'setup-variation'
            }
            anyOf {
                indication 'Previously irradiated adjacent area', id: 'previously-irradiated'
            }
        }
    }

    billingCoding {
        paragraph 'Codes in scope:'
        codes('CPT') {
            code '77387', 'Guidance for localization of target volume for delivery of radiation treatment'
        }
        codes('HCPCS') {
            code 'G6001', 'Ultrasonic guidance for placement of radiation therapy fields'
        }
        documentation {
            unknownBefore '2021-01-01', reason: 'the documentation table was first published in 2021'
            paragraph 'The following information may be required documentation to support medical necessity:'
            timeFrameModifier '18805-2', within: 6.months, narrative: 'Six months or fewer before the date of service'
            requiresDocument loinc: '28626-0', name: 'Physician history and physical', timeFrame: '18805-2', id: 'history-and-physical' within 6.months
        }
    }

    reimbursement {
        paragraph 'Refer to section entitled [POSITION STATEMENT](#).'
    }

    programExceptions {
        unknownBefore '2021-01-01', reason: 'the program exceptions were revised in 2021; the earlier text is not published'
        exception 'FEP', heading: 'Federal Employee Program (FEP)', text: 'Follow FEP guidelines.', follow: 'program', id: 'fep'
        exception 'SAO', heading: 'State Account Organization (SAO)', text: 'Follow SAO guidelines.'
        stepTherapyExemption 'If this Medical Coverage Guideline contains a step therapy requirement, members may request an exemption.',
                applies: false, reason: 'this guideline has no step therapy requirement'
    }

    definitions {
        paragraph 'None applicable.'
    }

    relatedGuidelines {
        paragraph 'None applicable.'
    }

    other {
        paragraph 'Other names used to report the service:'
        otherName 'On-Board Imager'
    }

    references {
        reference 'ACR-ASTRO Practice Parameter for Image-Guided Radiation Therapy (IGRT), 2019.'
        reference 'Dawson LA, Jaffray DA. Advances in image-guided radiation therapy. *Journal of Clinical Oncology* 2007.'
    }

    committeeApproval 'This Medical Coverage Guideline was approved by the committee on 05/15/22.', date: '2022-05-15'

    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
        revision '2021-01-01', 'Revision; added an indication for dose escalation and the documentation table.'
        correction '2021-02-01', 'Corrected a typing error in the description; the meaning is unchanged.'
        revision '2022-05-15', 'Review; no change in position statement.'
    }
}
