// Ohio Department of Medicaid, Unified Preferred Drug List (UPDL): clinical prior authorization criteria
// effective 2024-01-01 for Immunomodulator Agents: Systemic Inflammatory Disease (Adbry, Enbrel, Dupixent,
// Humira, Kineret, Otezla, Taltz, Xeljanz IR preferred; 25 non-preferred), UPDL criteria PDF page 78.
//
// PROVENANCE CAVEAT: this is encoded from a secondary transcription, not from the official PDF: the
// Ohio SPBM reference site kept by the vendor Gainwell Technologies (class file of 2024-01-05; see
// policies/sources/ohio-medicaid-updl-2024-01-systemic-inflammatory.txt and the shared copy's
// .source.txt). The vendor's two copies disagree: its whole-document copy of 2024-01-02 adds "Must be
// prescribed by or in consultation with a dermatologist or allergist/immunologist" and topical PDE-4
// inhibitors [e.g. Eucrisa] to the atopic dermatitis criteria, and lacks the alopecia areata, Crohn's
// disease, hidradenitis suppurativa and psoriasis-severity criteria. The class file, edited for the
// 2024-01-01 list, is encoded here; check it against the official PDF before deciding real requests.
// The respiratory class that also lists Dupixent is ohio-medicaid-updl-2024-01-respiratory-antibodies.
//
// What the text leaves open, and the reading chosen (each cited in the determinations it decides):
// - One effective date, 2024-01-01; no revision history is published.
// - Diagnoses are named, not coded: the lists below are this policy's reading of ICD-10-CM.
// - "Clinical PA", "Step Therapy", "Non-Preferred" and the diagnoses' additional criteria are read as
//   the initial authorization's, "Subsequent Authorization" criteria as a renewal's. A renewal is a
//   request that states therapy of the requested drug under way the day before the date of service; a
//   trial of it that ended earlier does not.
// - "Step Therapy Approval Criteria" apply to the drug the list marks ST (Taltz).
// - The list's bullets are all required; the "OR" joins the first non-preferred bullet to its sub-bullet.
guideline('ohio-medicaid-updl-2024-01-systemic-inflammatory') {
    template 'medicaid-pdl'
    title 'Immunomodulator Agents: Systemic Inflammatory Disease'
    originalEffectiveDate '2024-01-01'
    revised '2024-01-01'

    drugList(heading: 'Formulary', columns: 'Generic Name | Quantity | Time (Days)') {
        drug 'Adbry', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA'
        drug 'Enbrel', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA'
        drug 'Dupixent', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA'
        drug 'Humira', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA'
        drug 'Kineret', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA'
        drug 'Otezla', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA'
        drug 'Taltz', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA ST'
        drug 'Xeljanz IR', status: 'preferred', drugClass: 'systemic-inflammatory-disease', note: 'PA', id: 'xeljanz-ir'
        drug 'Actemra', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Adalimumab-adaz (Generic of Hyrimoz)', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease', id: 'adalimumab-adaz'
        drug 'Adalimumab-fkjp (Generic of Hulio', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease', id: 'adalimumab-fkjp'
        drug 'Amjevita', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Cibinqo', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Cimzia', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Cosentyx', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Cyltezo', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease', note: 'BVG (==Process by NDC==)'
        drug 'Hadlima', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Idacio', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Ilumya', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Kevzara', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Litfulo', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Olumiant', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Orencia', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Rinvoq', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Siliq', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Simponi', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Skyrizi', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Sotyktu', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Stelara', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Tremfya', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Xeljanz Sol, XR', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease', id: 'xeljanz-sol-xr'
        drug 'Yuflyma', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
        drug 'Yusimry', status: 'non-preferred', drugClass: 'systemic-inflammatory-disease'
    }

    priorAuthorization required: 'all'
    authorizationLength 90.days, subsequent: 365.days, heading: 'Authorizations ==(PROCESS BY HICL except for Xeljanz (GSN))==',
            text: 'Length of Authorizations: Initial: 90 days; Subsequent: 365 days'

    positionStatement(heading: 'All Authorizations:') {
        closedWorld 'therapies', reading: 'the drug history comes from the pharmacy benefit and is complete for that benefit: a step it does not show was not taken there'
        diagnosisCodes('alopecia-areata', reading: 'the text names the disease, not its codes: ICD-10-CM category L63 (alopecia areata), with every code below it') {
            icd10 'L63'
        }
        diagnosisCodes('atopic-dermatitis', reading: 'the text names the disease, not its codes: ICD-10-CM category L20 (atopic dermatitis), with every code below it') {
            icd10 'L20'
        }
        diagnosisCodes('crohns-disease', reading: 'the text names the disease, not its codes: ICD-10-CM category K50 (Crohn\'s disease), with every code below it') {
            icd10 'K50'
        }
        diagnosisCodes('hidradenitis-suppurativa', reading: 'the text names the disease, not its codes: ICD-10-CM L73.2 (hidradenitis suppurativa)') {
            icd10 'L73.2'
        }
        diagnosisCodes('plaque-psoriasis', reading: 'the text names the disease, not its codes: ICD-10-CM L40.0 (psoriasis vulgaris, the code of plaque psoriasis)') {
            icd10 'L40.0'
        }
        diagnosisCodes('ulcerative-colitis', reading: 'the text names the disease, not its codes: ICD-10-CM category K51 (ulcerative colitis), with every code below it') {
            icd10 'K51'
        }

        therapyClass 'first-line-drugs', text: 'applicable first-line drugs indicated for diagnosis',
                reading: 'the text names no first-line drugs: they differ by diagnosis (conventional DMARDs, topical therapy, phototherapy counts only as its own class); the request states each trial\'s drug and names this class'
        therapyClass('tnf-inhibitors', text: 'TNF inhibitor',
                reading: 'the TNF inhibitors of this drug list (etanercept, adalimumab and its biosimilars, certolizumab, golimumab); a TNF inhibitor off the list, such as infliximab, counts when the request names the class') {
            member 'enbrel'
            member 'humira'
            member 'adalimumab-adaz'
            member 'adalimumab-fkjp'
            member 'amjevita'
            member 'cimzia'
            member 'cyltezo'
            member 'hadlima'
            member 'idacio'
            member 'simponi'
            member 'yuflyma'
            member 'yusimry'
        }
        therapyClass 'topical-corticosteroids', text: 'topical corticosteroids (a topical steroid)',
                reading: 'the text names no topical corticosteroid: the request names the class'
        therapyClass('topical-calcineurin-inhibitors', text: 'topical calcineurin inhibitors [e.g., Elidel]',
                reading: 'Elidel (pimecrolimus) as the text names it; tacrolimus ointment counts when the request names the class') {
            member 'elidel'
            member 'pimecrolimus'
        }
        therapyClass 'phototherapy', text: 'phototherapy', kind: 'procedure'

        allOf {
            fact 'prescribed-per-fda-labeling', text: 'Must be prescribed in accordance with FDA approved labeling',
                    reading: 'whether the request follows the FDA approved labeling is stated as a fact'
            fact 'disease-severity-documented', id: 'disease-severity-documented',
                    text: 'First line treatment can vary based upon the severity of disease for certain diagnoses. Documentation of the patient\'s disease state and the criteria used to classify the severity is required.',
                    reading: 'the documentation is stated as a fact; the severity thresholds the text gives per diagnosis are criteria of their own below'
            heading 'Criteria'
            heading 'Clinical PA'
            paragraph 'Clinical PA Criteria'
            initial {
                tried therapyClass: 'first-line-drugs', distinct: 2, outcome: 'failure', atLeast: 90.days, id: 'two-first-line-drugs-90-days',
                        text: 'Must have been an inadequate clinical response of at least **90 days** with at least **two applicable** first-line drugs indicated for diagnosis – provide documentation of the trialed drugs, dosages, dates, and durations',
                        reading: 'two different first-line drugs (by drug), each trial ended in failure and lasting at least 90 days counting both ends; the pharmacy history is complete for its benefit, so a trial it does not show did not happen there'
                fact 'dosing-regimen-documented', id: 'dosing-regimen-documented',
                        text: 'Authorization of dosing regimens (loading/maintenance) will be based upon diagnosis. Document the requested loading and maintenance dosing on PA form, if applicable',
                        reading: 'the documented dosing is stated as a fact; the regimen authorized is not decided here'
                none {
                    fact 'current-active-infection', id: 'active-infection', text: 'Must not have a current, active infection'
                }
                fact 'negative-tb-test-if-required', id: 'negative-tb-test',
                        text: 'Must provide evidence of negative TB test prior to initiation of biologic therapy, if required by labeling',
                        reading: 'stated as a fact: true when a negative test is on file or the labeling requires none'
                heading 'Step Therapy'
                paragraph 'Step Therapy Approval Criteria'
                forDrug('taltz') {
                    tried therapyClass: 'tnf-inhibitors', preferred: true, outcome: 'failure', atLeast: 90.days, id: 'preferred-tnf-inhibitor-90-days',
                            text: 'Must have had an inadequate clinical response of at least **90 days** with at least **one preferred** TNF inhibitor indicated for diagnosis.',
                            reading: 'applies to the drug the list marks ST (Taltz): one trial of Enbrel or Humira, ended in failure, at least 90 days counting both ends; "indicated for diagnosis" is left to the prescriber'
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
                                reading: 'stated as a fact: true when the requested formulation is nonsolid oral and the documentation is on file'
                    }
                    tried preferred: true, sameClass: true, distinct: 2, outcome: 'failure', atLeast: 90.days, id: 'two-preferred-drugs-90-days',
                            text: 'Must have had an inadequate clinical response of at least **90 days** with at least **two preferred** drugs, if indicated for diagnosis',
                            reading: 'two different preferred drugs of this class, each trial ended in failure and lasting at least 90 days counting both ends; "if indicated for diagnosis" is not decided here (approximated: a diagnosis with fewer indicated preferred drugs needs a medical review)'
                    anyOf {
                        none {
                            fact 'extended-release-formulation', id: 'is-extended-release',
                                    reading: 'the request states whether the requested drug is an extended-release formulation (Xeljanz XR)'
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
                                text: 'For non-preferred brand names that have preferred generics: must provide documentation of an inadequate clinical response or allergy to two or more generic labelers (if available)'
                    }
                }
                heading 'Alopecia Areata'
                paragraph 'Additional Alopecia Areata Criteria:'
                forDiagnosis('alopecia-areata') {
                    // PENDING(context): prescriber specialties: ['dermatologist', 'rheumatologist'], consultation: true
                    fact 'prescribed-by-or-with-dermatologist-or-rheumatologist', id: 'alopecia-specialist',
                            text: 'Must be prescribed by or in consultation with a specialist (i.e., dermatologist, rheumatologist)',
                            reading: 'stated as a fact until the prescriber\'s specialty is read from the request'
                    tried therapyClass: 'topical-corticosteroids', outcome: 'failure', atLeast: 90.days, id: 'topical-steroid-90-days',
                            text: 'Must provide documentation of an inadequate clinical response of at least 90 days with a topical steroid',
                            reading: 'one trial of a topical corticosteroid, ended in failure, at least 90 days counting both ends'
                }
                heading 'Atopic Dermatitis'
                paragraph 'Additional Atopic Dermatitis Criteria'
                forDiagnosis('atopic-dermatitis') {
                    anyOf {
                        allOf {
                            quantity 'bsa-involvement', atLeast: 10, unit: '%', id: 'atopic-dermatitis-bsa-10',
                                    text: 'Must have at least 10% body surface area (BSA) involvement with two of the following: topical corticosteroids or topical calcineurin inhibitors [e.g., Elidel] unless atopic dermatitis is severe and involves >25% BSA',
                                    reading: 'at least 10% BSA and a therapy of each of the two classes named (any outcome and length, since the text states none); or severe atopic dermatitis involving more than 25% BSA'
                            tried therapyClass: 'topical-corticosteroids', id: 'topical-corticosteroid-tried'
                            tried therapyClass: 'topical-calcineurin-inhibitors', id: 'topical-calcineurin-inhibitor-tried'
                        }
                        allOf {
                            fact 'severe-atopic-dermatitis', id: 'severe-atopic-dermatitis'
                            quantity 'bsa-involvement', moreThan: 25, unit: '%', id: 'atopic-dermatitis-bsa-over-25'
                        }
                    }
                }
                heading 'Crohn\'s Disease'
                paragraph 'Additional Crohn\'s Disease Criteria'
                forDiagnosis('crohns-disease') {
                    quantity 'cdai', atLeast: 220, id: 'cdai-220',
                            text: 'Must provide documentation of Crohn\'s Disease Activity Index (CDAI) score of 220 or higher to be considered moderate to severe disease',
                            reading: 'the latest CDAI score on or before the date of service, 220 included'
                }
                heading 'Hidradentis Suppurativa'
                paragraph 'Additional Hidradentis Suppurativa Criteria'
                forDiagnosis('hidradenitis-suppurativa') {
                    quantity 'hurley-stage', atLeast: 3, id: 'hurley-stage-iii',
                            text: 'Must provide documentation of Hurley Stage III to be classified as a severe disease',
                            reading: 'the Hurley stage stated as an observation, 1 to 3; stage III is 3'
                }
                heading 'Plaque Psoriasis'
                paragraph 'Additional Plaque Psoriasis Criteria'
                forDiagnosis('plaque-psoriasis') {
                    forStatus('preferred') {
                        anyOf {
                            none {
                                taking therapyClass: 'phototherapy', id: 'receiving-phototherapy'
                            }
                            tried therapyClass: 'phototherapy', outcome: 'failure', atLeast: 90.days, id: 'phototherapy-90-days',
                                    text: 'For patients currently receiving phototherapy, initial authorization for preferred drugs requires an inadequate clinical response to at least **90 days** of phototherapy',
                                    reading: 'a member whose phototherapy is under way on the date of service needs a phototherapy trial stated with outcome FAILURE lasting at least 90 days counting both ends (an ongoing one counts through the day before the date of service)'
                        }
                    }
                    anyOf {
                        allOf {
                            quantity 'pasi', atLeast: 11, id: 'pasi-11',
                                    text: 'To classify as severe disease patient must present at least two of the following: Psoriasis Area and Severity Index (PASI) score ≥ 11, BSA ≥ 10%, and Static Physician\'s Global Assessment (sPGA) ≥ 3',
                                    reading: 'read as required for approval ("must present"): two of the three, each the latest on or before the date of service; written out as the three pairs'
                            quantity 'bsa-involvement', atLeast: 10, unit: '%', id: 'psoriasis-bsa-10'
                        }
                        allOf {
                            quantity 'pasi', atLeast: 11, id: 'pasi-11-with-spga'
                            quantity 'spga', atLeast: 3, id: 'spga-3'
                        }
                        allOf {
                            quantity 'bsa-involvement', atLeast: 10, unit: '%', id: 'psoriasis-bsa-10-with-spga'
                            quantity 'spga', atLeast: 3, id: 'spga-3-with-bsa'
                        }
                    }
                }
                heading 'Ulcerative Colitis'
                paragraph 'Additional Ulcerative Colitis Criteria'
                forDiagnosis('ulcerative-colitis') {
                    forClass('tnf-inhibitors') {
                        none {
                            tried therapyClass: 'tnf-inhibitors', outcome: 'failure', atLeast: 90.days, id: 'tnf-inhibitor-failed-90-days',
                                    text: 'If an inadequate clinical response after **90 days** with one TNF inhibitor, further TNF inhibitors will not be authorized',
                                    reading: 'a request for a TNF inhibitor fails when a TNF inhibitor trial of at least 90 days (both ends counted) ended in failure'
                        }
                    }
                }
            }
            heading 'Subsequent Authorization'
            paragraph 'Subsequent Authorization Criteria'
            subsequent {
                fact 'clinical-response-and-safety-monitoring-documented', id: 'clinical-response-documented',
                        text: 'Must provide documentation of patient’s clinical response to treatment and ongoing safety monitoring'
            }
        }
    }

    updateHistory {
        revision '2024-01-01', 'Criteria for Immunomodulator Agents: Systemic Inflammatory Disease as in the UPDL criteria effective 01/01/2024.'
    }
}
