// Ohio Department of Medicaid, Unified Preferred Drug List (UPDL): clinical prior authorization criteria
// effective 2024-01-01 for Respiratory Agents: Monoclonal Antibodies-Anti-IL/Anti-IgE (Dupixent, Fasenra,
// Xolair preferred; Nucala, Tezspire non-preferred), UPDL criteria PDF page 102.
//
// PROVENANCE CAVEAT: this is encoded from a secondary transcription, not from the official PDF: the
// Ohio SPBM reference site kept by the vendor Gainwell Technologies (class file of 2024-01-05; see
// policies/sources/ohio-medicaid-updl-2024-01-respiratory-antibodies.txt and the shared copy's
// .source.txt). The vendor's whole-document copy of 2024-01-02 words this class the same way, except
// for one stray `**` (left in, as the class file prints it). Check it against the official PDF before
// deciding real requests with it. The same classes' Dupixent criteria in the other class page are in
// ohio-medicaid-updl-2024-01-systemic-inflammatory.groovy.
//
// What the text leaves open, and the reading chosen (each cited in the determinations it decides):
// - One effective date, 2024-01-01 (the criteria document's); no revision history is published.
// - Diagnoses are named, not coded: the lists below are this policy's reading of ICD-10-CM.
// - "Clinical PA" and "Non-Preferred" criteria are read as the initial authorization's; "Subsequent
//   Authorization" criteria as a renewal's. A renewal is a request that states therapy of the
//   requested drug under way the day before the date of service (the pharmacy history is complete for
//   its benefit); a trial of it that ended earlier does not.
// - The ICS/LABA dose levels are on an internal chart the text links to: the request names the class.
// - The list's bullets are all required; the "OR" joins the first non-preferred bullet to its sub-bullet.
guideline('ohio-medicaid-updl-2024-01-respiratory-antibodies') {
    template 'medicaid-pdl'
    title 'Respiratory Agents: Monoclonal Antibodies-Anti-IL/Anti-IgE'
    originalEffectiveDate '2024-01-01'
    revised '2024-01-01'

    drugList(heading: 'Formulary', columns: 'Generic Name | Quantity | Time (Days)') {
        drug 'Fasenra', status: 'preferred', drugClass: 'respiratory-monoclonal-antibodies', note: 'PA'
        drug 'Dupixent', status: 'preferred', drugClass: 'respiratory-monoclonal-antibodies', note: 'PA'
        drug 'Xolair', status: 'preferred', drugClass: 'respiratory-monoclonal-antibodies', note: 'PA'
        drug 'Nucala', status: 'non-preferred', drugClass: 'respiratory-monoclonal-antibodies'
        drug 'Tezspire', status: 'non-preferred', drugClass: 'respiratory-monoclonal-antibodies'
    }

    priorAuthorization required: 'all'
    authorizationLength 180.days, subsequent: 365.days, heading: 'Authorizations',
            text: 'Length of Authorizations: Initial: 180 days; Subsequent: 365 days'

    positionStatement(heading: 'All Authorizations:') {
        closedWorld 'therapies', reading: 'the drug history comes from the pharmacy benefit and is complete for that benefit: a step it does not show was not taken there'
        diagnosisCodes('asthma', reading: 'the text names asthma, not its codes: ICD-10-CM category J45 (asthma), with every code below it') {
            icd10 'J45'
        }
        diagnosisCodes('chronic-rhinosinusitis-with-nasal-polyposis', reading: 'the text names the disease, not its codes: ICD-10-CM category J33 (nasal polyp), with every code below it; the sinusitis is not coded separately') {
            icd10 'J33'
        }
        diagnosisCodes('chronic-urticaria', reading: 'the text names chronic urticaria, not its codes: ICD-10-CM L50.1 (idiopathic urticaria) and L50.8 (other urticaria, where chronic urticaria is indexed)') {
            icd10 'L50.1'
            icd10 'L50.8'
        }

        therapyClass 'medium-dose-ics-laba', text: 'medium dose preferred ICS/LABA inhaler',
                reading: 'dose levels are on an internal chart the text links to: the request states the class of each inhaler therapy'
        therapyClass 'medium-dose-ics-laba-with-tiotropium', text: 'medium dose preferred ICS/LABA inhaler with tiotropium',
                reading: 'the combination is stated as one therapy of this class'
        therapyClass 'high-dose-ics-laba', text: 'high dose ICS/LABA inhaler'
        therapyClass 'oral-corticosteroids', text: 'oral corticosteroid'
        therapyClass 'nasal-corticosteroid-sprays', text: 'nasal corticosteroid spray'
        therapyClass 'antihistamines', text: 'antihistamines',
                reading: 'the text names no antihistamines: the request states each therapy\'s drug and names this class'

        allOf {
            fact 'prescribed-per-fda-labeling', text: 'Must be prescribed in accordance with FDA approved labeling',
                    reading: 'whether the request follows the FDA approved labeling is stated as a fact'
            heading 'Criteria'
            heading 'Clinical PA'
            paragraph 'Clinical PA Criteria'
            initial {
                // PENDING(context): prescriber specialties: ['allergist-immunologist', 'pulmonologist', 'otolaryngologist'], consultation: true
                fact 'prescribed-by-or-with-applicable-specialist', id: 'applicable-specialist',
                        text: 'Must be prescribed by or in consultation with an applicable specialist (i.e., allergist/immunologist, pulmonologist, or otolaryngologist)',
                        reading: 'stated as a fact until the prescriber\'s specialty is read from the request'
                forDiagnosis('asthma') {
                    paragraph 'For **Asthma** – Must have had uncontrolled asthma symptoms and/or exacerbations despite at least **30 days** with:'
                    anyOf {
                        allOf {
                            age min: 6, max: 11, id: 'asthma-age-6-to-11'
                            tried therapyClass: 'medium-dose-ics-laba', outcome: 'failure', atLeast: 30.days, id: 'medium-dose-ics-laba-30-days',
                                    text: 'Medium dose preferred ICS/LABA inhaler for 6 years and older **OR** medium dose preferred ICS/LABA inhaler with tiotropium or high dose ICS/LABA inhaler if 12 years and older**',
                                    reading: 'uncontrolled symptoms or exacerbations despite the therapy is its outcome FAILURE; from 6 through 11 years a medium dose ICS/LABA, from 12 years a medium dose with tiotropium or a high dose (the first alternative read as the younger members\', since it would otherwise make the second moot); 30 days counting both ends'
                        }
                        allOf {
                            age min: 12, id: 'asthma-age-12-or-over'
                            anyOf {
                                tried therapyClass: 'medium-dose-ics-laba-with-tiotropium', outcome: 'failure', atLeast: 30.days, id: 'ics-laba-tiotropium-30-days'
                                tried therapyClass: 'high-dose-ics-laba', outcome: 'failure', atLeast: 30.days, id: 'high-dose-ics-laba-30-days'
                            }
                        }
                    }
                }
                forDiagnosis('chronic-rhinosinusitis-with-nasal-polyposis') {
                    tried therapyClass: 'oral-corticosteroids', outcome: 'failure', atLeast: 30.days, id: 'oral-corticosteroid-30-days',
                            text: 'For **Chronic Rhinosinusitis with Nasal Polyposis** – Must have had an inadequate clinical response of at least **30 days** to at least **one oral** corticosteroid AND **one nasal** corticosteroid spray',
                            reading: 'one trial of each, ended in failure, each lasting at least 30 days counting both ends'
                    tried therapyClass: 'nasal-corticosteroid-sprays', outcome: 'failure', atLeast: 30.days, id: 'nasal-corticosteroid-30-days'
                }
                forDiagnosis('chronic-urticaria') {
                    tried therapyClass: 'antihistamines', distinct: 2, outcome: 'failure', atLeast: 14.days, id: 'two-antihistamines-14-days',
                            text: 'For **Chronic Urticaria** – Must have had an inadequate clinical response to at least **14 days** with at least **two different** antihistamines',
                            reading: 'two different antihistamines (by drug), each trial ended in failure and lasting at least 14 days counting both ends'
                }
                heading 'Non-Preferred'
                paragraph 'Non-Preferred Criteria'
                forStatus('non-preferred') {
                    anyOf {
                        tried preferred: true, outcome: 'allergy', id: 'allergy-to-preferred',
                                text: 'Must provide documentation of medical necessity beyond convenience for why the patient cannot be changed to a preferred drug (i.e., allergies, drug-drug interactions, contraindications, or intolerances) **OR**',
                                reading: 'a therapy of a preferred drug of the list that ended in allergy, contraindication (drug-drug interactions included) or intolerance'
                        tried preferred: true, outcome: 'contraindication', id: 'contraindication-to-preferred'
                        tried preferred: true, outcome: 'intolerance', id: 'intolerance-to-preferred'
                        fact 'cannot-change-to-solid-oral-formulation', id: 'nonsolid-oral-formulation',
                                text: 'For any nonsolid oral dosage formulation: must provide documentation of medical necessity for why patient cannot be changed to a solid oral dosage formulation',
                                reading: 'stated as a fact; the drugs of this class are injections, so it does not arise for them'
                    }
                    tried preferred: true, sameClass: true, outcome: 'failure', atLeast: 90.days, id: 'preferred-trial-90-days',
                            text: 'Must have had an inadequate clinical response of at least **90 days** with at least **one preferred** drug',
                            reading: 'one trial of a preferred drug of this class, ended in failure, lasting at least 90 days counting both ends'
                    anyOf {
                        none {
                            fact 'extended-release-formulation', id: 'is-extended-release',
                                    reading: 'the request states whether the requested drug is an extended-release formulation'
                        }
                        fact 'inadequate-response-to-immediate-release', id: 'immediate-release-tried',
                                text: 'For non-preferred extended-release formulations: must provide documentation of an inadequate clinical response with its immediate release formulation (if available)'
                    }
                    anyOf {
                        none {
                            fact 'brand-with-preferred-generics', id: 'is-brand-with-generics',
                                    reading: 'the request states whether the requested drug is a brand name with preferred generics'
                        }
                        fact 'inadequate-response-to-two-generic-labelers', id: 'generic-labelers-tried',
                                text: 'For non-preferred brand names that have preferred generics, requests must provide documentation of an inadequate clinical response or allergy to two or more generic labelers (if available)'
                    }
                }
            }
            heading 'Subsequent Authorization'
            paragraph 'Subsequent Authorization Criteria'
            subsequent {
                fact 'clinical-response-and-safety-monitoring-documented', id: 'clinical-response-documented',
                        text: 'Must provide documentation of patient\'s clinical response to treatment and ongoing safety monitoring (i.e., PFT improvement, reduced affected BSA)'
            }
        }
    }

    updateHistory {
        revision '2024-01-01', 'Criteria for Respiratory Agents: Monoclonal Antibodies-Anti-IL/Anti-IgE as in the UPDL criteria effective 01/01/2024.'
    }
}
