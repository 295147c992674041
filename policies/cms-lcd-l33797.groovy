// CMS Local Coverage Determination L33797: Oxygen and Oxygen Equipment (the four DME MACs), as the
// Medicare Coverage Database published revision R11 (effective 04/01/2023, updated on 04/14/2023).
// Only R11's text is stored: what the LCD said under R1-R10 (10/01/2015 - 04/01/2023) is unknown,
// and a request dated earlier is told so. The related Policy Article A52514 (documentation for
// continued coverage, payment rules) is not stored, so what the LCD leaves to it is not decided here.
// The page's AMA, ADA and AHA copyright notices (code sets this LCD does not use) are left out.
// Stored text: policies/sources/cms-lcd-l33797.txt.
guideline('cms-lcd-l33797') {
    template 'cms-lcd'
    documentType 'LOCAL COVERAGE DETERMINATION (LCD)'
    title 'Oxygen and Oxygen Equipment'
    documentNumber 'L33797'
    originalEffectiveDate '2015-10-01'
    revised '2023-04-01'
    // An LCD binds Medicare, Part A and Part B (Traditional Medicare), in its contractors' jurisdictions.
    lineOfBusiness 'MEDICARE'

    section('Contractor Information') {
        table {
            columns 'Contractor Name', 'Contract Type', 'Contract Number', 'Jurisdiction', 'States'
            row 'CGS Administrators, LLC', 'DME MAC', '17013 - DME MAC', 'J-B', 'Illinois Indiana Kentucky Michigan Minnesota Ohio Wisconsin'
            row 'CGS Administrators, LLC', 'DME MAC', '18003 - DME MAC', 'J-C', 'Alabama Arkansas Colorado Florida Georgia Louisiana Mississippi New Mexico North Carolina Oklahoma Puerto Rico South Carolina Tennessee Texas Virgin Islands Virginia West Virginia'
            row 'Noridian Healthcare Solutions, LLC', 'DME MAC', '16013 - DME MAC', 'J-A', 'Connecticut Delaware District of Columbia Maine Maryland Massachusetts New Hampshire New Jersey New York - Entire State Pennsylvania Rhode Island Vermont'
            row 'Noridian Healthcare Solutions, LLC', 'DME MAC', '19003 - DME MAC', 'J-D', 'Alaska American Samoa Arizona California - Entire State Guam Hawaii Idaho Iowa Kansas Missouri - Entire State Montana Nebraska Nevada North Dakota Northern Mariana Islands Oregon South Dakota Utah Washington Wyoming'
        }
    }
    section('LCD Information') {
        section('Document Information') {
            field 'Source LCD ID', 'N/A'
            field 'LCD ID'
            field 'Original ICD-9 LCD ID', 'Not Applicable'
            field 'LCD Title'
            field 'Proposed LCD in Comment Period', 'N/A'
            field 'Source Proposed LCD', 'DL33797'
            field 'Original Effective Date'
            field 'Revision Effective Date'
            field 'Revision Ending Date', 'N/A'
            field 'Retirement Date', 'N/A'
            field 'Notice Period Start Date', '06/18/2020'
            field 'Notice Period End Date', '08/01/2020'
        }
        section('Issue') {
            field 'Issue Description', 'The LCD is revised to align with NCD 240.2. The revision removes the indication that beneficiaries do not change coverage group classification when going from initial coverage to continued coverage based upon changes in blood oxygen testing results.'
            field 'Issue - Explanation of Change Between Proposed LCD and Final LCD', 'No proposed LCD issued.'
        }
        section('CMS National Coverage Policy') {
            paragraph 'CMS Pub. 100-03, Medicare National Coverage Determinations Manual, Chapter 1, Section 240.2, 240.2.1,240.2.2, 270.4'
        }
        heading 'Coverage Guidance'
    }
    positionStatement {
        unknownBefore '2023-04-01', reason: 'the stored page is revision R11 (effective 04/01/2023); the text of R1-R10 (10/01/2015 - 04/01/2023) is not stored, only the revision history\'s summaries'
        paragraph 'The Centers for Medicare and Medicaid Services codifies nationally covered and non-covered indications for home oxygen and oxygen equipment in section 240.2 of the Medicare National Coverage Determination Manual under the durable medical equipment benefit (DME) and section 1862(a)(1)(A) of the Social Security Act for beneficiaries.'
        paragraph 'For any item to be covered by Medicare, it must 1) be eligible for a defined Medicare benefit category, 2) be reasonable and necessary for the diagnosis or treatment of illness or injury or to improve the functioning of a malformed body member, and 3) meet all other applicable Medicare statutory and regulatory requirements.'
        paragraph 'The purpose of a Local Coverage Determination (LCD) is to provide information regarding “reasonable and necessary” criteria based on Social Security Act § 1862(a)(1)(A) provisions.'
        paragraph 'In addition to the “reasonable and necessary” criteria contained in this LCD there are other payment rules, which are discussed in the following documents, that must also be met prior to Medicare reimbursement:'
        paragraph 'The LCD-related Standard Documentation Requirements Article, located at the bottom of this policy under the Related Local Coverage Documents section.'
        paragraph 'The LCD-related Policy Article, located at the bottom of this policy under the Related Local Coverage Documents section.'
        paragraph 'Refer to the Supplier Manual for additional information on documentation requirements.'
        paragraph 'Refer to the DME MAC web sites for additional bulletin articles and other publications related to this LCD.'
        paragraph 'For the items addressed in this LCD, the “reasonable and necessary” criteria, based on Social Security Act § 1862(a)(1)(A) provisions, are defined by the following coverage indications, limitations and/or medical necessity.'
        paragraph 'Home oxygen and oxygen equipment is covered only when both the "reasonable and necessary" criteria defined by NCD 240.2, and the statutory documentation and payment rules discussed in the LCD-related Policy Article (A52514) are met. Refer to the LCD-related Policy Article for additional information on statutory payment policy requirements.'
        allOf {
            anyOf {
                allOf {
                    paragraph 'Initial coverage of home oxygen therapy and oxygen equipment is reasonable and necessary for Groups I and II if all of the following conditions are met:'
                    allOf {
                        paragraph 'The treating practitioner has ordered and evaluated the results of a qualifying blood gas study performed at the time of need; and,'
                        fact 'ordered-and-evaluated', id: 'ordered-and-evaluated',
                                reading: 'the caller states that the treating practitioner ordered the study and evaluated its results'
                        // Time of need: an inpatient going home is tested within 2 days of discharge.
                        anyOf {
                            none {
                                fact 'inpatient-going-home', id: 'inpatient-going-home',
                                        reading: 'an inpatient hospital patient anticipated to require oxygen upon going home; the caller states whether the beneficiary is one'
                            }
                            occurred 'qualifying-blood-gas-study', before: 'hospital-discharge', atMost: 2.days, id: 'study-within-2-days-of-discharge',
                                    reading: 'within 2 days of discharge: on the day of discharge or on one of the 2 days before it (a study 3 days before, or after discharge, is not)'
                        }
                    }
                    paragraph 'The beneficiary\'s blood gas study meets the criteria stated below; and,'
                    allOf {
                        paragraph 'The qualifying blood gas study was performed by a treating practitioner or by a qualified provider or supplier of laboratory services; and,'
                        fact 'study-by-qualified-provider', id: 'study-by-qualified-provider',
                                reading: 'a qualified provider is one the Testing Specifications name: a Part A provider, a laboratory, an IDTF or a treating practitioner, never a supplier (a hospital certified to do the test is qualified)'
                        none {
                            fact 'study-paid-for-by-supplier', id: 'study-paid-for-by-supplier'
                        }
                    }
                    fact 'oxygen-will-improve-condition', id: 'oxygen-will-improve-condition', text: 'The provision of oxygen and oxygen equipment in the home setting will improve the beneficiary’s condition.'
                    paragraph 'Time of need is defined as during the patient’s illness when the presumption is that the provision of oxygen will improve the patient’s condition in the home setting. For an inpatient hospital patient anticipated to require oxygen upon going home, the time of need would be within 2 days of discharge.'
                    paragraph 'NOTE: When applicable, the beneficiary’s medical record must have documentation that describes any concerns for variations in oxygen measurements that may result from such factors as the patient\'s age, the patient’s skin pigmentation, the altitude level, or a decrease in oxygen carrying capacity.'
                    paragraph 'In this policy, the term blood gas study refers to either an oximetry test or an arterial blood gas test.'
                    anyOf {
                        heading 'Group I criteria include any of the following:'
                        anyOf {
                            anyOf {
                                paragraph 'An arterial PO2 at or below 55 mm Hg or an arterial oxygen saturation at or below 88 percent taken at rest (awake) while breathing room air; or,'
                                quantity 'po2-at-rest', atMost: 55, unit: 'mm[Hg]', id: 'group-1-po2-at-rest',
                                        reading: 'the values of the qualifying study as the Testing Specifications choose them (an ABG over oximetry of the same day and conditions); a study on oxygen counts when its values qualify'
                                quantity 'saturation-at-rest', atMost: 88, unit: '%', id: 'group-1-saturation-at-rest'
                            }
                            allOf {
                                paragraph 'An arterial PO2 at or below 55 mm Hg, or an arterial oxygen saturation at or below 88 percent, taken during sleep for a beneficiary who demonstrates an arterial PO2 at or above 56 mm Hg or an arterial oxygen saturation at or above 89 percent while awake. In this instance, oxygen and oxygen equipment is only reasonable and necessary during sleep; or,'
                                anyOf {
                                    quantity 'po2-during-sleep', atMost: 55, unit: 'mm[Hg]', id: 'group-1-po2-during-sleep'
                                    quantity 'saturation-during-sleep', atMost: 88, unit: '%', id: 'group-1-saturation-during-sleep'
                                }
                                anyOf {
                                    quantity 'po2-at-rest', moreThan: 55, unit: 'mm[Hg]', id: 'awake-po2-above-55',
                                            reading: '"at or above 56 mm Hg" and "at or above 89 percent" are read as above 55 and above 88, so that a value between the two bounds falls on one side'
                                    quantity 'saturation-at-rest', moreThan: 88, unit: '%', id: 'awake-saturation-above-88'
                                }
                            }
                            allOf {
                                paragraph 'A decrease in arterial PO2 more than 10 mm Hg, or a decrease in arterial oxygen saturation more than 5 percent from baseline saturation, taken during sleep and associated with symptoms of hypoxemia such as impairment of cognitive processes and nocturnal restlessness or insomnia (not all inclusive). In this instance, oxygen and oxygen equipment is only reasonable and necessary during sleep; or,'
                                anyOf {
                                    quantity 'po2-decrease-during-sleep', moreThan: 10, unit: 'mm[Hg]', id: 'po2-decrease-more-than-10',
                                            reading: 'the decrease from the baseline (the mean saturation over the test), as the caller computes it from the study'
                                    quantity 'saturation-decrease-during-sleep', moreThan: 5, unit: '%', id: 'saturation-decrease-more-than-5'
                                }
                                fact 'hypoxemia-symptoms', id: 'hypoxemia-symptoms',
                                        reading: 'the symptoms listed are examples (not all inclusive): the caller states whether the beneficiary has symptoms of hypoxemia'
                                quantity 'sleep-oximetry-hours', atLeast: 2, id: 'two-hours-of-sleep-oximetry'
                            }
                            allOf {
                                paragraph 'An arterial PO2 at or below 55 mm Hg or an arterial oxygen saturation at or below 88 percent, taken during exercise for a beneficiary who demonstrates an arterial PO2 at or above 56 mm Hg or an arterial oxygen saturation at or above 89 percent during the day while at rest. In this instance, portable oxygen and oxygen equipment is only reasonable and necessary while awake and during exercise.'
                                anyOf {
                                    quantity 'po2-during-exercise', atMost: 55, unit: 'mm[Hg]', id: 'group-1-po2-during-exercise'
                                    quantity 'saturation-during-exercise', atMost: 88, unit: '%', id: 'group-1-saturation-during-exercise'
                                }
                                anyOf {
                                    quantity 'po2-at-rest', moreThan: 55, unit: 'mm[Hg]', id: 'rest-po2-above-55'
                                    quantity 'saturation-at-rest', moreThan: 88, unit: '%', id: 'rest-saturation-above-88'
                                }
                                // The exercise testing the Testing Specifications require.
                                fact 'tested-at-rest-without-oxygen', id: 'tested-at-rest-without-oxygen'
                                fact 'tested-during-exercise-with-oxygen', id: 'tested-during-exercise-with-oxygen'
                                fact 'exercise-tests-in-one-session', id: 'exercise-tests-in-one-session'
                            }
                        }
                        heading 'Group II criteria include all of the following:'
                        allOf {
                            anyOf {
                                paragraph 'A. An arterial PO2 of 56-59 mm Hg or an arterial blood oxygen saturation of 89 percent; and,'
                                quantity 'po2-at-rest', moreThan: 55, lessThan: 60, unit: 'mm[Hg]', id: 'group-2-po2-at-rest',
                                        reading: '56-59 mm Hg is read as above 55 and below 60, and 89 percent as above 88 and below 90, so that the groups leave no gap; the LCD does not say when the value is taken: a value at rest, during sleep or during exercise (the conditions Group I names) counts'
                                quantity 'saturation-at-rest', moreThan: 88, lessThan: 90, unit: '%', id: 'group-2-saturation-at-rest'
                                quantity 'po2-during-sleep', moreThan: 55, lessThan: 60, unit: 'mm[Hg]', id: 'group-2-po2-during-sleep'
                                quantity 'saturation-during-sleep', moreThan: 88, lessThan: 90, unit: '%', id: 'group-2-saturation-during-sleep'
                                quantity 'po2-during-exercise', moreThan: 55, lessThan: 60, unit: 'mm[Hg]', id: 'group-2-po2-during-exercise'
                                quantity 'saturation-during-exercise', moreThan: 88, lessThan: 90, unit: '%', id: 'group-2-saturation-during-exercise'
                            }
                            anyOf {
                                paragraph 'B. Any of the following:'
                                fact 'dependent-edema', id: 'dependent-edema', text: 'Dependent edema suggesting congestive heart failure; or,'
                                fact 'pulmonary-hypertension-or-cor-pulmonale', id: 'pulmonary-hypertension-or-cor-pulmonale', text: 'Pulmonary hypertension or cor pulmonale, determined by measurement of pulmonary artery pressure, gated blood pool scan, echocardiogram, or "P" pulmonale on EKG (P wave greater than 3 mm in standard leads II, III, or AVF); or,'
                                quantity 'hematocrit', moreThan: 56, unit: '%', id: 'hematocrit-above-56', text: 'Erythrocythemia with a hematocrit greater than 56 percent.',
                                        reading: 'a hematocrit above 56 percent is the erythrocythemia the text means'
                            }
                        }
                    }
                }
                allOf {
                    heading 'Group III criteria:'
                    paragraph 'Initial coverage of home oxygen therapy and oxygen equipment is reasonable and necessary for beneficiaries in Group III, if all of the following conditions are met:'
                    fact 'absence-of-hypoxemia', id: 'absence-of-hypoxemia', text: 'Absence of hypoxemia defined in Group I and Group II above; and,',
                            reading: 'the caller states that the blood gas study shows no hypoxemia as Groups I and II define it'
                    fact 'condition-improved-by-oxygen', id: 'condition-improved-by-oxygen', text: 'A medical condition with distinct physiologic, cognitive, and/or functional symptoms documented in high-quality, peer-reviewed literature to be improved by oxygen therapy, such as cluster headaches (not all inclusive).',
                            reading: 'cluster headaches are one example (not all inclusive): the caller states whether the condition is one the literature shows oxygen improves'
                }
            }
            paragraph 'NOTE: DME MACs use the same methodologic principles of evidentiary review as those used for NCDs. For details, please see Appendix A of the National Coverage Analysis (NCA) Decision Memo Home Use of Oxygen and Home Oxygen Use to Treat Cluster Headaches CAG-00296R2.'
            paragraph 'If all of the coverage conditions specified above for initial claims for beneficiaries in Groups I, II and III, or documentation requirements for continued payment of subsequent claims are not met, the oxygen therapy and oxygen equipment will be denied as not reasonable and necessary. Please refer to the LCD-related Policy Article (A52514) for additional information regarding documentation requirements necessary for continued payment of oxygen and oxygen equipment claims.'
            none {
                heading 'Group IV criteria:'
                paragraph 'Oxygen therapy and oxygen equipment will also be denied as not reasonable and necessary if any of the following conditions are present:'
                fact 'angina-without-hypoxemia', id: 'angina-without-hypoxemia', text: 'Angina pectoris in the absence of hypoxemia. This condition is generally not the result of a low oxygen level in the blood and there are other preferred treatments; or,'
                fact 'dyspnea-without-cor-pulmonale-or-hypoxemia', id: 'dyspnea-without-cor-pulmonale-or-hypoxemia', text: 'Dyspnea without cor pulmonale or evidence of hypoxemia; or,'
                fact 'peripheral-vascular-disease-without-systemic-hypoxemia', id: 'peripheral-vascular-disease-without-systemic-hypoxemia', text: 'Severe peripheral vascular disease resulting in clinically evident desaturation in one or more extremities but in the absence of systemic hypoxemia. There is no evidence that increased PO2 will improve the oxygenation of tissues with impaired circulation; or,'
                fact 'terminal-illness-not-affecting-breathing', id: 'terminal-illness-not-affecting-breathing', text: 'Terminal illnesses that do not affect the ability to breathe.'
            }

            paragraph 'TESTING SPECIFICATIONS:'
            paragraph 'General'
            paragraph 'For purposes of this policy:'
            paragraph '“Blood gas study” shall refer to both arterial blood gas (ABG) studies and pulse oximetry'
            paragraph '“Oximetry” shall refer to routine or “spot” pulse oximetry'
            paragraph '“Overnight oximetry” shall refer to stand-alone pulse oximetry continuously recorded overnight. It does not include oximetry results done as part of other overnight testing such as polysomnography or home sleep testing.'
            paragraph 'Refer to the Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea (L33718) LCD for information on sleep tests used for the diagnosis of sleep apnea.'
            paragraph 'The qualifying blood gas study must be one that complies with the Fiscal Intermediary, Local Carrier, or A/B Medicare Administrative Contractor (MAC) policy on the standards for conducting the test and is covered under Medicare Part A or Part B. This includes a requirement that the test be performed by a provider who is qualified to bill Medicare for the test – i.e., a Part A provider, a laboratory, an Independent Diagnostic Testing Facility (IDTF), or a treating practitioner. A supplier is not considered a qualified provider or a qualified laboratory for purposes of this policy. Blood gas studies performed by a supplier are not acceptable. In addition, the qualifying blood gas study may not be paid for by any supplier. These prohibitions do not extend to blood gas studies performed by a hospital certified to do such tests.'
            paragraph 'The qualifying blood gas study may be performed while the beneficiary is on oxygen as long as the reported blood gas values meet the Group I or Group II criteria.'
            paragraph 'When both arterial blood gas (ABG) and oximetry tests have been performed on the same day under the same conditions (i.e., at rest/awake, during exercise, or during sleep), the ABG result will be used to determine if the coverage criteria were met. If an ABG test done at rest and awake is non-qualifying, but either an exercise or sleep oximetry test on the same day is qualifying, the exercise or oximetry test result will determine coverage.'
            paragraph 'All oxygen qualification testing must be performed in-person by a treating practitioner or other medical professional qualified to conduct oximetry testing. With the exception of overnight oximetry (see below), unsupervised or remotely supervised home testing does not qualify as a valid test for purposes of Medicare reimbursement of home oxygen and oxygen equipment.'
            paragraph 'Exercise testing:'
            paragraph 'When oxygen therapy and oxygen equipment is covered based on an oximetry study obtained during exercise, there must be documentation of three (3) oximetry studies in the beneficiary’s medical record:'
            paragraph '(1) Testing at rest without oxygen; and,'
            paragraph '(2) Testing during exercise without oxygen; and,'
            paragraph '(3) Testing during exercise with oxygen applied (to demonstrate the improvement of the hypoxemia).'
            paragraph 'All 3 tests must be performed within the same testing session. Exercise testing must be performed in-person by a treating practitioner or other medical professional qualified to conduct exercise oximetry testing. Unsupervised or remotely supervised home exercise testing does not qualify as a valid test for purposes of Medicare reimbursement of home oxygen and oxygen equipment. Only the testing during exercise without oxygen (#2 above) is used for qualification. All 3 test results must be available upon request.'
            paragraph 'Oximetry obtained after exercise while resting, sometimes referred to as “recovery” testing, is not part of the 3 required test elements and is not valid for determining eligibility for oxygen therapy and oxygen equipment coverage.'
            none {
                fact 'qualified-by-recovery-oximetry', id: 'recovery-oximetry',
                        reading: 'recovery testing (oximetry after exercise while resting) never qualifies: the caller states whether the qualifying value came from one'
            }
            paragraph 'Overnight Oximetry Studies:'
            paragraph 'Overnight sleep oximetry may be performed in a facility or at home. For home overnight oximetry studies, the oximeter provided to the beneficiary must be tamper-proof and must have the capability to download data that allows documentation of the duration of oxygen desaturation below a specified value.'
            paragraph 'Baseline saturation is defined as the mean saturation level during the duration of the test. For purposes of meeting criterion 3 described in Group I above there must be a minimum of 2 hours test time recorded for sleep oximetry. The result must reach a qualifying test value.'
            paragraph 'Home overnight oximetry is limited solely to stand-alone overnight pulse oximetry performed in the beneficiary’s home under the conditions specified below. Overnight oximetry performed as part of home sleep testing or as part of any other home testing is not considered to be eligible under this provision to be used for qualification for reimbursement of home oxygen and oxygen equipment even if the testing was performed in compliance with the requirements of this section.'
            anyOf {
                fact 'tested-in-person', id: 'tested-in-person',
                        reading: 'every qualifying test is in person by a treating practitioner or another qualified medical professional, except a home overnight oximetry self-administered under an IDTF\'s direction as the three circumstances say'
                allOf {
                    paragraph 'Beneficiaries may self-administer home based overnight oximetry tests under the direction of a Medicare-enrolled Independent Diagnostic Testing Facility (IDTF). A DME supplier or another shipping entity may deliver a pulse oximetry test unit and related technology to a beneficiary’s home under the following circumstances:'
                    fact 'home-overnight-oximetry-under-idtf', id: 'home-overnight-oximetry-under-idtf'
                    occurred 'idtf-order', before: 'overnight-oximetry', id: 'idtf-ordered-by-practitioner',
                            reading: 'the treating practitioner\'s order to the IDTF is an event the caller states, on or before the day of the overnight oximetry (event overnight-oximetry)',
                            text: 'The beneficiary’s treating practitioner has contacted the IDTF to order an overnight pulse oximetry test before the test is performed.'
                    fact 'performed-under-idtf-direction', id: 'performed-under-idtf-direction', text: 'The test is performed under the direction and/or instruction of a Medicare-approved IDTF. Because it is the beneficiary who self-administers this test, the IDTF must provide clear written instructions to the beneficiary on proper operation of the test equipment and must include access to the IDTF in order to address other concerns that may arise. The DME supplier may not create this written instruction, provide verbal instructions, answer questions from the beneficiary, apply or demonstrate the application of the testing equipment to the beneficiary, or otherwise participate in the conduct of the test.'
                    fact 'sealed-tamper-proof-unit', id: 'sealed-tamper-proof-unit', text: 'The test unit is sealed and tamper-proof such that test results cannot be accessed by anyone other than the IDTF which is responsible for transmitting a test report to the treating practitioner. The DME supplier may use related technology to download test results from the testing unit and transmit those results to the IDTF. In no case may the DME supplier access or manipulate the test results in any form.'
                }
            }
            paragraph 'The IDTF must send the test results to the treating practitioner. The IDTF may send the test results to the supplier if the supplier is currently providing or has an order to provide oxygen or other respiratory services to the beneficiary or if the beneficiary has signed a release permitting the supplier to receive the report.'
            paragraph 'Oximetry test results obtained through a similar process as described for home overnight oximetry (see above) while the beneficiary is awake, either at rest or with exercise, may not be used for purposes of qualifying the beneficiary for home oxygen therapy and oxygen equipment.'
            paragraph 'Overnight oximetry does not include oximetry obtained during polysomnography or other sleep testing for sleep apnea, regardless of the location the testing was performed. See below for information on sleep testing that may be used to qualify for oxygen therapy and oxygen equipment coverage.'
            paragraph 'Obstructive Sleep Apnea (OSA), Polysomnography and Home Sleep Tests:'
            paragraph 'Some beneficiaries may require the simultaneous use of home oxygen therapy and oxygen equipment with a PAP device. To be considered for simultaneous coverage, all requirements in the "Coverage Indications, Limitations and/or Medical Necessity" sections of both the Oxygen and Oxygen Equipment and Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea LCDs must be met. Consequently, in addition to this LCD, suppliers should refer to the Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea LCD and related Policy Article for additional coverage, coding and documentation requirements.'
            paragraph 'In the case of OSA, it is required that the OSA be appropriately and sufficiently treated before oxygen saturation results obtained during sleep testing are considered qualifying for oxygen therapy and oxygen equipment (see Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea LCD for additional information).'
            paragraph 'For beneficiaries with OSA, this means that the OSA must be sufficiently treated such that the underlying condition resulting in hypoxemia is unmasked. This must be demonstrated before oxygen saturation results obtained during polysomnography are considered qualifying for oxygen therapy and oxygen equipment.'
            none {
                fact 'oximetry-from-home-sleep-test', id: 'oximetry-from-home-sleep-test',
                        reading: 'overnight oximetry done as part of a home sleep test or other home testing never qualifies'
            }
            anyOf {
                none {
                    fact 'osa-qualified-by-sleep-test', id: 'osa-qualified-by-sleep-test',
                            reading: 'the titration criteria apply when a beneficiary with OSA qualifies by an oxygen saturation measured during a sleep test; the caller states whether that is so'
                }
                allOf {
                    paragraph 'For beneficiaries with OSA, a qualifying oxygen saturation test may only occur during a titration polysomnographic study (either split night or stand-alone). The titration PSG is one in which all of the following criteria are met:'
                    quantity 'titration-hours', atLeast: 2, id: 'titration-two-hours', text: 'The titration is conducted over a minimum of two (2) hours; and,'
                    anyOf {
                        paragraph 'During titration:'
                        quantity 'titration-ahi', atMost: 10, id: 'titration-ahi-at-most-10', text: 'A. The AHI/RDI is reduced to less than or equal to an average of ten (10) events per hour; or,',
                                reading: 'the AHI or RDI during titration as the sleep study reports it'
                        allOf {
                            paragraph 'B. If the initial AHI/RDI was less than an average of ten (10) events per hour, the titration demonstrates further reduction in the AHI/RDI; and,'
                            quantity 'initial-ahi', lessThan: 10, id: 'initial-ahi-below-10'
                            fact 'titration-further-reduction', id: 'titration-further-reduction'
                        }
                    }
                    fact 'oximetry-at-optimal-pap-settings', id: 'oximetry-at-optimal-pap-settings', text: 'Nocturnal oximetry conducted for the purpose of oxygen therapy and oxygen equipment reimbursement qualification may only be performed after optimal PAP settings have been determined and the beneficiary is using the PAP device at those settings; and,'
                    quantity 'titration-saturation', atMost: 88, unit: '%', id: 'titration-saturation-at-most-88', text: 'The nocturnal oximetry conducted during the PSG demonstrates an oxygen saturation of ≤ 88%.'
                }
            }
            paragraph 'To be eligible for Medicare coverage and payment for home oxygen therapy and oxygen equipment for concurrent use with PAP therapy, the beneficiary must meet all other coverage requirements for oxygen therapy and oxygen equipment. Beneficiaries that qualify for oxygen therapy and oxygen equipment based on testing conducted only during the course of a sleep test are eligible only for reimbursement of stationary equipment.'
            paragraph 'Overnight oximetry performed as part of home sleep testing or as part of any other home testing is not considered as eligible to be used for qualification for reimbursement of home oxygen and oxygen equipment (see the "Overnight Oximetry Studies" section above for additional information).'
            paragraph 'Claims for oxygen equipment and supplies for beneficiaries who do not meet the coverage requirements for home oxygen therapy will be denied as not reasonable and necessary.'
            paragraph 'PORTABLE OXYGEN SYSTEMS:'
            // Not expressed: the portable systems' condition (mobile within the home, qualified awake). Scoping it with
            // forCodes (eight portable codes, then E1392 and K0738) made reading this file exceed its 1024 MB budget (G009)
            // in the kit's JVM; left as prose and reported to the lead.
            paragraph 'A portable oxygen system is covered if the beneficiary is mobile within the home for Groups I and II, and the qualifying blood gas study was performed while at rest (awake) or during exercise. If the only qualifying blood gas study was performed during sleep, portable oxygen will be denied as not reasonable and necessary.'
            paragraph 'If coverage criteria are met, a portable oxygen system is usually separately payable in addition to the stationary system. See exception in the LCD-related Policy Article Non-Medical Necessity Coverage and Payment Rules, OXYGEN EQUIPMENT, Initial 36-Months section.'
            paragraph 'If a portable oxygen system is covered, the supplier must provide whatever quantity of oxygen the beneficiary uses; Medicare’s reimbursement is the same, regardless of the quantity of oxygen dispensed.'
            paragraph 'LITER FLOW GREATER THAN 4 LPM:'
            paragraph 'If initial oxygen coverage criteria for Group I, II or III have been met, a higher allowance for a stationary system for a flow rate of greater than 4 liters per minute (LPM) will be paid. For Group I or II, coverage greater than 4 LPM requires a qualifying blood gas study performed while the beneficiary is on 4 or more LPM. If a flow rate greater than 4 LPM is billed and the coverage criterion for the higher allowance is not met, payment will be limited to the standard fee schedule allowance. (Refer to the LCD-related Policy Article for additional information on payment for greater than 4 LPM oxygen.)'
            paragraph 'MISCELLANEOUS:'
            paragraph 'Oxygen reimbursement is a bundled payment. All options, supplies and accessories are considered included in the monthly rental payment for oxygen equipment. Oxygen rental is billed using the appropriate code for the provided oxygen equipment. Separately billed options, accessories or supply items will be denied as unbundling.'
            none {
                fact 'emergency-or-standby-only', id: 'emergency-or-standby-only', text: 'Emergency or stand-by oxygen systems for beneficiaries who are not regularly using oxygen will be denied as not reasonable and necessary since they are precautionary and not therapeutic in nature.'
            }
            none {
                billed 'A4575', id: 'billed-a4575', text: 'Topical hyperbaric oxygen chambers (A4575) will be denied as not reasonable and necessary.'
            }
            none {
                billed 'E0446', id: 'billed-e0446', text: 'Topical oxygen delivery systems (E0446) will be denied as not reasonable and necessary.'
            }
            paragraph 'REFILLS OF OXYGEN CONTENTS:'
            paragraph 'For Durable Medical Equipment, Prosthetics, Orthotics, and Supplies (DMEPOS) items and supplies provided on a recurring basis, billing must be based on prospective, not retrospective use.'
            paragraph 'Oxygen contents are reimbursed with a monthly allowance covering all contents necessary for the month. Supply allowances are not subject to the refill monitoring and documentation requirements specified in Chapter 5 of the Medicare Program Integrity Manual.'
            paragraph 'All other supplies, e.g. tubing, masks or cannulas, etc., are included in the monthly rental payment. Supplies that are not separately payable are not subject to the refill monitoring and documentation requirements specified in Chapter 5 of the Medicare Program Integrity Manual.'
            paragraph 'See the Non-Medical Coverage and Payment Rules section of the LCD-related Policy Article for additional information about coverage of oxygen contents.'
            paragraph 'GENERAL'
            order written: true, id: 'standard-written-order', text: 'A Standard Written Order (SWO) must be communicated to the supplier before a claim is submitted. If the supplier bills for an item addressed in this policy without first receiving a completed SWO, the claim shall be denied as not reasonable and necessary.',
                    reading: 'the SWO is on file on or before the date of service (a claim is submitted after it)'
            paragraph 'For Durable Medical Equipment, Prosthetics, Orthotics and Supplies (DMEPOS) base items that require a Written Order Prior to Delivery (WOPD), the supplier must have received a signed SWO before the DMEPOS item is delivered to a beneficiary. If a supplier delivers a DMEPOS item without first receiving a WOPD, the claim shall be denied as not reasonable and necessary. Refer to the LCD-related Policy Article, located at the bottom of this policy under the Related Local Coverage Documents section.'
            paragraph 'For DMEPOS base items that require a WOPD, and also require separately billed associated options, accessories, and/or supplies, the supplier must have received a WOPD which lists the base item and which may list all the associated options, accessories, and/or supplies that are separately billed prior to the delivery of the items. In this scenario, if the supplier separately bills for associated options, accessories, and/or supplies without first receiving a completed and signed WOPD of the base item prior to delivery, the claim(s) shall be denied as not reasonable and necessary.'
            paragraph 'An item/service is correctly coded when it meets all the coding guidelines listed in CMS HCPCS guidelines, LCDs, LCD-related Policy Articles, or DME MAC articles. Claims that do not meet coding guidelines shall be denied as not reasonable and necessary/incorrectly coded.'
            fact 'proof-of-delivery', id: 'proof-of-delivery', text: 'Proof of delivery (POD) is a Supplier Standard and DMEPOS suppliers are required to maintain POD documentation in their files. Proof of delivery documentation must be made available to the Medicare contractor upon request. All services that do not have appropriate proof of delivery from the supplier shall be denied as not reasonable and necessary.'
        }

    }
    section('Summary of Evidence') {
        paragraph 'N/A'
    }
    section('Analysis of Evidence (Rationale for Determination)') {
        paragraph 'N/A'
    }
    section('Proposed Process Information') {
        heading 'Synopsis of Changes'
        table {
            columns 'Changes', 'Fields Changed'
            row 'N/A'  // the page's first cell is empty
        }
        section('Associated Information') {
            heading 'Sources of Information'
            heading 'Bibliography'
            heading 'Open Meetings'
            table {
                columns 'Meeting Date', 'Meeting States', 'Meeting Information'
            }
            paragraph 'N/A'
            heading 'Contractor Advisory Committee (CAC) Meetings'
            table {
                columns 'Meeting Date', 'Meeting States', 'Meeting Information'
            }
            paragraph 'N/A'
            field 'MAC Meeting Information URLs', 'N/A'
            heading 'Proposed LCD Posting Date'
            heading 'Comment Period Start Date'
            heading 'Comment Period End Date'
            heading 'Reason for Proposed LCD'
            field 'Requestor Information', 'This request was MAC initiated.'
            table {
                columns 'Requestor Name', 'Requestor Letter'
                row 'View Letter'  // the page's first cell is empty
            }
            paragraph 'N/A'
            heading 'Contact for Comments on Proposed LCD'
        }
    }
    billingCoding(heading: 'Coding Information') {
        paragraph 'Bill Type Codes'
        paragraph 'Code | Description'
        paragraph 'N/A'
        paragraph 'Revenue Codes'
        paragraph 'Code | Description'
        paragraph 'N/A'
        paragraph 'CPT/HCPCS Codes'
        paragraph 'Group 1'
        paragraph '(22 Codes)'
        paragraph 'Group 1 Paragraph'
        paragraph 'The appearance of a code in this section does not necessarily indicate coverage.'
        paragraph 'HCPCS MODIFIERS:'
        paragraph 'EY - No physician or other licensed health care provider order for this item or service'
        paragraph 'GA - Waiver of liability (expected to be denied as not reasonable and necessary, ABN on file)'
        paragraph 'GY - Item or service statutorily excluded or does not meet the definition of any Medicare benefit'
        paragraph 'GZ - Item or service not reasonable and necessary (expected to be denied as not reasonable and necessary, no ABN on file)'
        paragraph 'KX - Requirements specified in the medical policy have been met'
        paragraph 'N1 - Group 1 oxygen coverage criteria met'
        paragraph 'N2 - Group 2 oxygen coverage criteria met'
        paragraph 'N3 - Group 3 oxygen coverage criteria met'
        paragraph 'QA - Prescribed amounts of stationary oxygen for daytime use while at rest and nighttime use differ and the average of the two amounts is less than 1 liter per minute (LPM)'
        paragraph 'QB - Prescribed amounts of stationary oxygen for daytime use while at rest and nighttime use differ and the average of the two amounts exceeds 4 liters per minute (LPM) and portable oxygen is prescribed'
        paragraph 'QE - Prescribed amount of stationary oxygen while at rest is less than 1 liter per minute (LPM)'
        paragraph 'QF - Prescribed amount of stationary oxygen while at rest exceeds 4 liters per minute (LPM) and portable oxygen is prescribed'
        paragraph 'QG - Prescribed amount of stationary oxygen while at rest is greater than 4 liters per minute (LPM)'
        paragraph 'QH - Oxygen conserving device is being used with an oxygen delivery system'
        paragraph 'QR - Prescribed amounts of stationary oxygen for daytime use while at rest and nighttime use differ and the average of the two amounts is greater than 4 liters per minute (LPM)'
        paragraph 'RA - Replacement of a DME item'
        paragraph 'HCPCS CODES:'
        paragraph 'EQUIPMENT:'
        paragraph 'Group 1 Codes'
        codes('HCPCS') {
            code 'E0424', 'STATIONARY COMPRESSED GASEOUS OXYGEN SYSTEM, RENTAL; INCLUDES CONTAINER, CONTENTS, REGULATOR, FLOWMETER, HUMIDIFIER, NEBULIZER, CANNULA OR MASK, AND TUBING'
            code 'E0425', 'STATIONARY COMPRESSED GAS SYSTEM, PURCHASE; INCLUDES REGULATOR, FLOWMETER, HUMIDIFIER, NEBULIZER, CANNULA OR MASK, AND TUBING'
            code 'E0430', 'PORTABLE GASEOUS OXYGEN SYSTEM, PURCHASE; INCLUDES REGULATOR, FLOWMETER, HUMIDIFIER, CANNULA OR MASK, AND TUBING'
            code 'E0431', 'PORTABLE GASEOUS OXYGEN SYSTEM, RENTAL; INCLUDES PORTABLE CONTAINER, REGULATOR, FLOWMETER, HUMIDIFIER, CANNULA OR MASK, AND TUBING'
            code 'E0433', 'PORTABLE LIQUID OXYGEN SYSTEM, RENTAL; HOME LIQUEFIER USED TO FILL PORTABLE LIQUID OXYGEN CONTAINERS, INCLUDES PORTABLE CONTAINERS, REGULATOR, FLOWMETER, HUMIDIFIER, CANNULA OR MASK AND TUBING, WITH OR WITHOUT SUPPLY RESERVOIR AND CONTENTS GAUGE'
            code 'E0434', 'PORTABLE LIQUID OXYGEN SYSTEM, RENTAL; INCLUDES PORTABLE CONTAINER, SUPPLY RESERVOIR, HUMIDIFIER, FLOWMETER, REFILL ADAPTOR, CONTENTS GAUGE, CANNULA OR MASK, AND TUBING'
            code 'E0435', 'PORTABLE LIQUID OXYGEN SYSTEM, PURCHASE; INCLUDES PORTABLE CONTAINER, SUPPLY RESERVOIR, FLOWMETER, HUMIDIFIER, CONTENTS GAUGE, CANNULA OR MASK, TUBING AND REFILL ADAPTOR'
            code 'E0439', 'STATIONARY LIQUID OXYGEN SYSTEM, RENTAL; INCLUDES CONTAINER, CONTENTS, REGULATOR, FLOWMETER, HUMIDIFIER, NEBULIZER, CANNULA OR MASK, & TUBING'
            code 'E0440', 'STATIONARY LIQUID OXYGEN SYSTEM, PURCHASE; INCLUDES USE OF RESERVOIR, CONTENTS INDICATOR, REGULATOR, FLOWMETER, HUMIDIFIER, NEBULIZER, CANNULA OR MASK, AND TUBING'
            code 'E0441', 'STATIONARY OXYGEN CONTENTS, GASEOUS, 1 MONTH\'S SUPPLY = 1 UNIT'
            code 'E0442', 'STATIONARY OXYGEN CONTENTS, LIQUID, 1 MONTH\'S SUPPLY = 1 UNIT'
            code 'E0443', 'PORTABLE OXYGEN CONTENTS, GASEOUS, 1 MONTH\'S SUPPLY = 1 UNIT'
            code 'E0444', 'PORTABLE OXYGEN CONTENTS, LIQUID, 1 MONTH\'S SUPPLY = 1 UNIT'
            code 'E0445', 'OXIMETER DEVICE FOR MEASURING BLOOD OXYGEN LEVELS NON-INVASIVELY'
            code 'E0446', 'TOPICAL OXYGEN DELIVERY SYSTEM, NOT OTHERWISE SPECIFIED, INCLUDES ALL SUPPLIES AND ACCESSORIES'
            code 'E0447', 'PORTABLE OXYGEN CONTENTS, LIQUID, 1 MONTH\'S SUPPLY = 1 UNIT, PRESCRIBED AMOUNT AT REST OR NIGHTTIME EXCEEDS 4 LITERS PER MINUTE (LPM)'
            code 'E1390', 'OXYGEN CONCENTRATOR, SINGLE DELIVERY PORT, CAPABLE OF DELIVERING 85 PERCENT OR GREATER OXYGEN CONCENTRATION AT THE PRESCRIBED FLOW RATE'
            code 'E1391', 'OXYGEN CONCENTRATOR, DUAL DELIVERY PORT, CAPABLE OF DELIVERING 85 PERCENT OR GREATER OXYGEN CONCENTRATION AT THE PRESCRIBED FLOW RATE, EACH'
            code 'E1392', 'PORTABLE OXYGEN CONCENTRATOR, RENTAL'
            code 'E1405', 'OXYGEN AND WATER VAPOR ENRICHING SYSTEM WITH HEATED DELIVERY'
            code 'E1406', 'OXYGEN AND WATER VAPOR ENRICHING SYSTEM WITHOUT HEATED DELIVERY'
            code 'K0738', 'PORTABLE GASEOUS OXYGEN SYSTEM, RENTAL; HOME COMPRESSOR USED TO FILL PORTABLE OXYGEN CYLINDERS; INCLUDES PORTABLE CONTAINERS, REGULATOR, FLOWMETER, HUMIDIFIER, CANNULA OR MASK, AND TUBING'
        }
        paragraph 'Group 2'
        paragraph '(20 Codes)'
        paragraph 'Group 2 Paragraph'
        paragraph 'ACCESSORIES:'
        paragraph 'Group 2 Codes'
        codes('HCPCS') {
            code 'A4575', 'TOPICAL HYPERBARIC OXYGEN CHAMBER, DISPOSABLE'
            code 'A4606', 'OXYGEN PROBE FOR USE WITH OXIMETER DEVICE, REPLACEMENT'
            code 'A4608', 'TRANSTRACHEAL OXYGEN CATHETER, EACH'
            code 'A4615', 'CANNULA, NASAL'
            code 'A4616', 'TUBING (OXYGEN), PER FOOT'
            code 'A4617', 'MOUTH PIECE'
            code 'A4619', 'FACE TENT'
            code 'A4620', 'VARIABLE CONCENTRATION MASK'
            code 'A7525', 'TRACHEOSTOMY MASK, EACH'
            code 'A9900', 'MISCELLANEOUS DME SUPPLY, ACCESSORY, AND/OR SERVICE COMPONENT OF ANOTHER HCPCS CODE'
            code 'E0455', 'OXYGEN TENT, EXCLUDING CROUP OR PEDIATRIC TENTS'
            code 'E0555', 'HUMIDIFIER, DURABLE, GLASS OR AUTOCLAVABLE PLASTIC BOTTLE TYPE, FOR USE WITH REGULATOR OR FLOWMETER'
            code 'E0580', 'NEBULIZER, DURABLE, GLASS OR AUTOCLAVABLE PLASTIC, BOTTLE TYPE, FOR USE WITH REGULATOR OR FLOWMETER'
            code 'E1352', 'OXYGEN ACCESSORY, FLOW REGULATOR CAPABLE OF POSITIVE INSPIRATORY PRESSURE'
            code 'E1353', 'REGULATOR'
            code 'E1354', 'OXYGEN ACCESSORY, WHEELED CART FOR PORTABLE CYLINDER OR PORTABLE CONCENTRATOR, ANY TYPE, REPLACEMENT ONLY, EACH'
            code 'E1355', 'STAND/RACK'
            code 'E1356', 'OXYGEN ACCESSORY, BATTERY PACK/CARTRIDGE FOR PORTABLE CONCENTRATOR, ANY TYPE, REPLACEMENT ONLY, EACH'
            code 'E1357', 'OXYGEN ACCESSORY, BATTERY CHARGER FOR PORTABLE CONCENTRATOR, ANY TYPE, REPLACEMENT ONLY, EACH'
            code 'E1358', 'OXYGEN ACCESSORY, DC POWER ADAPTER FOR PORTABLE CONCENTRATOR, ANY TYPE, REPLACEMENT ONLY, EACH'
        }
        paragraph 'N/A'
        paragraph 'ICD-10-CM Codes that Support Medical Necessity'
        paragraph 'Group 1'
        paragraph 'Group 1 Paragraph:'
        paragraph 'N/A'
        paragraph 'Group 1 Codes:'
        paragraph 'N/A'
        paragraph 'N/A'
        paragraph 'ICD-10-CM Codes that DO NOT Support Medical Necessity'
        paragraph 'Group 1'
        paragraph 'Group 1 Paragraph:'
        paragraph 'N/A'
        paragraph 'Group 1 Codes:'
        paragraph 'N/A'
        paragraph 'N/A'
        paragraph 'Additional ICD-10 Information'
    }
    section('General Information') {
        section('Associated Information') {
            heading 'DOCUMENTATION REQUIREMENTS'
            paragraph 'Section 1833(e) of the Social Security Act precludes payment to any provider of services unless "there has been furnished such information as may be necessary in order to determine the amounts due such provider." It is expected that the beneficiary\'s medical records will reflect the need for the care provided. The beneficiary\'s medical records include the treating practitioner’s office records, hospital records, nursing home records, home health agency records, records from other healthcare professionals and test reports. This documentation must be available upon request.'
            heading 'GENERAL DOCUMENTATION REQUIREMENTS'
            paragraph 'In order to justify payment for DMEPOS items, suppliers must meet the following requirements:'
            heading 'SWO'
            paragraph 'Medical Record Information (including continued need/use if applicable)'
            paragraph 'Correct Coding'
            paragraph 'Proof of Delivery'
            paragraph 'Refer to the LCD-related Standard Documentation Requirements article, located at the bottom of this policy under the Related Local Coverage Documents section for additional information regarding these requirements.'
            paragraph 'Refer to the Supplier Manual for additional information on documentation requirements.'
            paragraph 'Refer to the DME MAC web sites for additional bulletin articles and other publications related to this LCD.'
            heading 'POLICY SPECIFIC DOCUMENTATION REQUIREMENTS'
            paragraph 'Items covered in this LCD have additional policy-specific requirements that must be met prior to Medicare reimbursement.'
            paragraph 'Refer to the LCD-related Policy article, located at the bottom of this policy under the Related Local Coverage Documents section for additional information.'
            heading 'MISCELLANEOUS'
            heading 'APPENDICES'
            paragraph 'The term blood gas study in this policy refers to either an arterial blood gas (ABG) test or an oximetry test. An ABG is the direct measurement of the partial pressure of oxygen (PO2) on a sample of arterial blood. The PO2 is reported as mm Hg. An oximetry test is the indirect measurement of arterial oxygen saturation using a sensor on the ear or finger. The saturation is reported as a percent.'
            heading 'UTILIZATION GUIDELINES'
            paragraph 'Refer to Coverage Indications, Limitations and/or Medical Necessity'
            heading 'Sources of Information'
            paragraph 'Home use of Oxygen and Home Oxygen Use to Treat Cluster Headaches (CAG-00296R2) – Decision Memorandum – Published September 27, 2021 (https://www.cms.gov/medicare-coverage-database/view/ncacal-decision-memo.aspx?proposed=N&ncaid=301)'
            paragraph 'Home Use of Oxygen (CAG-00296R3) – Decision Memorandum – Published July 8, 2022 (https://www.cms.gov/medicare-coverage-database/view/ncacal-decision-memo.aspx?proposed=N&ncaid=307)'
            heading 'Bibliography'
            heading 'N/A'
        }
    }
    section('Revision History Information') {
        table {
            columns 'Revision History Date', 'Revision History Number', 'Revision History Explanation', 'Reasons for Change'
            row '04/01/2023', 'R11', 'Revision Effective Date: 04/01/2023 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Removed: "Beneficiaries do not change group classification when going from initial coverage to continued coverage based upon changes in blood oxygen testing results" (effective 09/27/2021) 04/20/2023: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2.', '* Provider Education/Guidance * Other (NCD 240.2 updates)'
            row '04/01/2023', 'R10', 'Revision Effective Date: 04/01/2023 CODING INFORMATION: Added: N1, N2 and N3 modifiers 02/23/2023: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because they are non-discretionary updates to CMS HCPCS coding determinations.', '* Provider Education/Guidance * Revisions Due To CPT/HCPCS Code Changes'
            row '01/01/2023', 'R9', 'Revision Effective Date: 01/01/2023 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Removed: “For all the overnight oximetry criteria described above, the 5 minutes does not have to be continuous.” under Overnight Oximetry Studies (effective 09/27/2021) Removed: “otherwise the Group III presumption of non-coverage applies” under Overnight Oximetry Studies (effective 09/27/2021) Removed: “for 5 minutes total (which need not be continuous)” under criterion 4 for overnight oximetry testing for beneficiaries with OSA (effective 09/27/2021) 01/12/2023: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2.', '* Provider Education/Guidance * Other (NCD 240.2 updates)'
            row '01/01/2023', 'R8', 'Revision Effective Date: 01/01/2023 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Added: Language in regard to CMS’ codification of nationally covered and non-covered indications for home oxygen and oxygen equipment within the NCD Manual section 240.2 and section 1862(a)(1)(A) of the SSA (effective 09/27/2021) Added: "therapy and oxygen equipment" after statements of "oxygen" and "home oxygen" Added: "and oxygen equipment" after statements of "oxygen therapy" and "home oxygen therapy" Added: "Initial coverage" of home oxygen therapy (effective 09/27/2021) Revised: Reasonable and necessary criteria for Groups I and II home oxygen therapy and oxygen equipment (effective 09/27/2021) Removed: References to "chronic stable state" (effective 09/27/2021) Added: Coverage criteria for Group III home oxygen therapy and oxygen equipment (effective 09/27/2021) Added: Group IV criteria Removed: Long Term Oxygen Therapy (LTOT) Clinical Trials Removed: “CLUSTER HEADACHES (CH)” section and related information Added: “cluster headaches” as a medical condition example in Group III Removed: All references and instructions for the Certificate of Medical Necessity Added: Group I, II or III for high liter flow allowance criteria SUMMARY OF EVIDENCE: Removed: Summary of evidence information, due to not being applicable to the non-discretionary changes ANALYSIS OF EVIDENCE (RATIONALE FOR DETERMINATION): Removed: Analysis of evidence information, due to not being applicable to the non-discretionary changes CODING INFORMATION: Removed: Q0 modifier APPENDICES: Removed: Cluster headaches and LTOT special coverage rules SOURCES OF INFORMATION: Added: Home use of Oxygen and Home Oxygen Use to Treat Cluster Headaches Decision Memorandum (CAG-00296R2) Added: Home Use of Oxygen Decision Memo (CAG-00296R3) Removed: “CR7235 for cluster headache trial" BIBLIOGRAPHY: Removed: Bibliography information, due to not being applicable to the non-discretionary changes 11/17/2022: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2, removal of National Coverage Determination 240.2.2 and CMS Change Request (CR) 12734: Elimination of Certificates of Medical Necessity and DME Information Forms.', '* Other (NCD 240.2 and 240.2.2 updates)'
            row '08/02/2020', 'R7', 'Revision Effective Date: 08/02/2020 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Revised: "physicians" to "treating practitioners Removed: Statement to refer to ICD-10 Codes that are Covered section in the LCD-related PA Added: Statement to refer to ICD-10 codes in the LCD-related Policy Article GENERAL: Revised: Order information as a result of Final Rule 1713 SUMMARY OF EVIDENCE: Added: Information related to topical oxygen ANALYSIS OF EVIDENCE: Added: Information related to topical oxygen CODING INFORMATION: Removed: Field titled “Bill Type” Removed: Field titled “Revenue Codes” Removed: Field titled “ICD-10 Codes that Support Medical Necessity” Removed: Field titled “ICD-10 Codes that DO NOT Support Medical Necessity” Removed: Field titled “Additional ICD-10 Information” GENERAL DOCUMENTATION REQUIREMENTS: Revised: Prescriptions (orders) to SWO BIBLIOGRAPHY: Added: Section related to topical oxygen RELATED LOCAL COVERAGE DOCUMENTS: Added: Response to Comments (A58247)', '* Provider Education/Guidance * Reconsideration Request'
            row '01/01/2019', 'R6', 'Revision Effective Date: 01/01/2019 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Removed: NCD language Removed: Statement to refer to diagnosis code section below Added: Refer to Covered ICD-10 Codes in the LCD-related Policy Article HCPCS CODES: Added: HCPCS E0447 ICD-10 CODES THAT SUPPORT MEDICAL NECESSITY: Moved: All diagnosis codes to the LCD-related Policy Article diagnosis code section per CMS instruction ICD-10 CODES THAT DO NOT SUPPORT MEDICAL NECESSITY: Moved: Statement about noncovered diagnosis code moved to LCD-related Policy Article noncovered diagnosis code section per CMS instruction', '* Revisions Due To CPT/HCPCS Code Changes * Other (ICD-10 code relocation per CMS instruction)'
            row '08/01/2018', 'R5', 'Revision Effective Date: 08/01/2018 HCPCS MODIFIERS: Added: Modifiers GA, GY, GZ, KX 06/07/2018: At this time 21st Century Cures Act will apply to new and revised LCDs that restrict coverage which requires comment and notice. This revision is not a restriction to the coverage determination; and, therefore not all the fields included on the LCD are applicable as noted in this policy.', '* Provider Education/Guidance'
            row '04/01/2018', 'R4', 'Revision Effective Date: 04/01/2018 Coding Information Revised: Modifier QE, QF, QG Added: Modifier QA, QB QR 04/19/2018: At this time 21st Century Cures Act will apply to new and revised LCDs that restrict coverage which requires comment and notice. This revision is not a restriction to the coverage determination; and, therefore not all the fields included on the LCD are applicable as noted in this policy.', '* Provider Education/Guidance'
            row '01/01/2017', 'R3', 'Revision Effective Date: 01/01/2017 COVERAGE INDICATIONS, INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Removed: Standard Documentation Language Added: New reference language and directions to Standard Documentation Requirements Added: General Requirements DOCUMENTATION REQUIREMENTS: Removed: Standard Documentation Language Added: General Documentation Requirements Added: New reference language and directions to Standard Documentation Requirements POLICY SPECIFIC DOCUMENTATION REQUIREMENTS: Removed: Standard Documentation Language Added: Direction to Standard Documentation Requirements Removed: Miscellaneous section Removed: PIM citation from Appendices RELATED LOCAL COVERAGE DOCUMENTS: Added: LCD-related Standard Documentation Requirements article', '* Provider Education/Guidance'
            row '07/01/2016', 'R2', 'Effective July 1, 2016 oversight for DME MAC LCDs is the responsibility of CGS Administrators, LLC 18003 and 17013 and Noridian Healthcare Solutions, LLC 19003 and 16013. No other changes have been made to the LCDs.', '* Change in Assigned States or Affiliated Contract Numbers'
            row '10/01/2015', 'R1', 'Revision Effective Date: 10/31/2014 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Revised: Standard Documentation Language to add covered prior to a beneficiary’s Medicare eligibility DOCUMENTATION REQUIREMENTS: Revised: Standard Documentation Language to add who can enter date of delivery date on the POD POLICY SPECIFIC DOUMENTATION REQUIREMENTS: Revised: Diagnosis code references for Cluster Headaches', '* Provider Education/Guidance'
        }
        paragraph 'N/A'
    }
    section('Associated Documents') {
        field 'Attachments', 'N/A'
        heading 'Related Local Coverage Documents'
        heading 'Articles'
        paragraph 'A52514 - Oxygen and Oxygen Equipment - Policy Article (https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=52514&ver=61)'
        paragraph 'A58247 - Response to Comments: Oxygen and Oxygen Equipment - DL33797 (https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=58247&ver=3)'
        paragraph 'A55426 - Standard Documentation Requirements for All Claims Submitted to DME MACs (https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=55426&ver=132)'
        heading 'Related National Coverage Documents'
        heading 'NCDs'
        paragraph '280.1 - Durable Medical Equipment Reference List (https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?NCDId=190&NCDver=4)'
        paragraph '240.2 - Home Use of Oxygen (https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?NCDId=169&NCDver=2)'
        paragraph '240.2.1 - Home Use of Oxygen in Approved Clinical Trials (https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?NCDId=312&NCDver=1)'
        paragraph '270.4 - Treatment of Decubitus Ulcers (https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?NCDId=47&NCDver=1)'
        heading 'Public Versions'
        table {
            columns 'Updated On', 'Effective Dates', 'Status'
            row '04/14/2023', '04/01/2023 - N/A', 'Currently in Effect (You are here)'
            row '02/16/2023', '04/01/2023 - N/A', 'Superseded (https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=33797&ver=46&)'
        }
        paragraph 'Some older versions have been archived. Please visit the MCD Archive Site (https://localcoverage.cms.gov/mcd_archive/view/lcd.aspx?lcdInfo=33797:44) to retrieve them.'
    }
    section('Keywords') {
        paragraph 'N/A'
    }

    updateHistory {
        // One entry per revision number, dated as the history prints it; the table above prints them.
        // R1's text says "Revision Effective Date: 10/31/2014", before the LCD's own original effective date
        // (10/01/2015): it is taken to take effect with the LCD.
        revision '2015-10-01', 'R1: Revision Effective Date: 10/31/2014 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Revised: Standard Documentation Language to add covered prior to a beneficiary’s Medicare eligibility DOCUMENTATION REQUIREMENTS: Revised: Standard Documentation Language to add who can enter date of delivery date on the POD POLICY SPECIFIC DOUMENTATION REQUIREMENTS: Revised: Diagnosis code references for Cluster Headaches', number: 'R1'
        revision '2016-07-01', 'R2: Effective July 1, 2016 oversight for DME MAC LCDs is the responsibility of CGS Administrators, LLC 18003 and 17013 and Noridian Healthcare Solutions, LLC 19003 and 16013. No other changes have been made to the LCDs.', number: 'R2'
        revision '2017-01-01', 'R3: Revision Effective Date: 01/01/2017 COVERAGE INDICATIONS, INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Removed: Standard Documentation Language Added: New reference language and directions to Standard Documentation Requirements Added: General Requirements DOCUMENTATION REQUIREMENTS: Removed: Standard Documentation Language Added: General Documentation Requirements Added: New reference language and directions to Standard Documentation Requirements POLICY SPECIFIC DOCUMENTATION REQUIREMENTS: Removed: Standard Documentation Language Added: Direction to Standard Documentation Requirements Removed: Miscellaneous section Removed: PIM citation from Appendices RELATED LOCAL COVERAGE DOCUMENTS: Added: LCD-related Standard Documentation Requirements article', number: 'R3'
        revision '2018-04-01', 'R4: Revision Effective Date: 04/01/2018 Coding Information Revised: Modifier QE, QF, QG Added: Modifier QA, QB QR 04/19/2018: At this time 21st Century Cures Act will apply to new and revised LCDs that restrict coverage which requires comment and notice. This revision is not a restriction to the coverage determination; and, therefore not all the fields included on the LCD are applicable as noted in this policy.', number: 'R4'
        revision '2018-08-01', 'R5: Revision Effective Date: 08/01/2018 HCPCS MODIFIERS: Added: Modifiers GA, GY, GZ, KX 06/07/2018: At this time 21st Century Cures Act will apply to new and revised LCDs that restrict coverage which requires comment and notice. This revision is not a restriction to the coverage determination; and, therefore not all the fields included on the LCD are applicable as noted in this policy.', number: 'R5'
        revision '2019-01-01', 'R6: Revision Effective Date: 01/01/2019 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Removed: NCD language Removed: Statement to refer to diagnosis code section below Added: Refer to Covered ICD-10 Codes in the LCD-related Policy Article HCPCS CODES: Added: HCPCS E0447 ICD-10 CODES THAT SUPPORT MEDICAL NECESSITY: Moved: All diagnosis codes to the LCD-related Policy Article diagnosis code section per CMS instruction ICD-10 CODES THAT DO NOT SUPPORT MEDICAL NECESSITY: Moved: Statement about noncovered diagnosis code moved to LCD-related Policy Article noncovered diagnosis code section per CMS instruction', number: 'R6'
        revision '2020-08-02', 'R7: Revision Effective Date: 08/02/2020 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Revised: "physicians" to "treating practitioners Removed: Statement to refer to ICD-10 Codes that are Covered section in the LCD-related PA Added: Statement to refer to ICD-10 codes in the LCD-related Policy Article GENERAL: Revised: Order information as a result of Final Rule 1713 SUMMARY OF EVIDENCE: Added: Information related to topical oxygen ANALYSIS OF EVIDENCE: Added: Information related to topical oxygen CODING INFORMATION: Removed: Field titled “Bill Type” Removed: Field titled “Revenue Codes” Removed: Field titled “ICD-10 Codes that Support Medical Necessity” Removed: Field titled “ICD-10 Codes that DO NOT Support Medical Necessity” Removed: Field titled “Additional ICD-10 Information” GENERAL DOCUMENTATION REQUIREMENTS: Revised: Prescriptions (orders) to SWO BIBLIOGRAPHY: Added: Section related to topical oxygen RELATED LOCAL COVERAGE DOCUMENTS: Added: Response to Comments (A58247)', number: 'R7'
        revision '2023-01-01', 'R8: Revision Effective Date: 01/01/2023 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Added: Language in regard to CMS’ codification of nationally covered and non-covered indications for home oxygen and oxygen equipment within the NCD Manual section 240.2 and section 1862(a)(1)(A) of the SSA (effective 09/27/2021) Added: "therapy and oxygen equipment" after statements of "oxygen" and "home oxygen" Added: "and oxygen equipment" after statements of "oxygen therapy" and "home oxygen therapy" Added: "Initial coverage" of home oxygen therapy (effective 09/27/2021) Revised: Reasonable and necessary criteria for Groups I and II home oxygen therapy and oxygen equipment (effective 09/27/2021) Removed: References to "chronic stable state" (effective 09/27/2021) Added: Coverage criteria for Group III home oxygen therapy and oxygen equipment (effective 09/27/2021) Added: Group IV criteria Removed: Long Term Oxygen Therapy (LTOT) Clinical Trials Removed: “CLUSTER HEADACHES (CH)” section and related information Added: “cluster headaches” as a medical condition example in Group III Removed: All references and instructions for the Certificate of Medical Necessity Added: Group I, II or III for high liter flow allowance criteria SUMMARY OF EVIDENCE: Removed: Summary of evidence information, due to not being applicable to the non-discretionary changes ANALYSIS OF EVIDENCE (RATIONALE FOR DETERMINATION): Removed: Analysis of evidence information, due to not being applicable to the non-discretionary changes CODING INFORMATION: Removed: Q0 modifier APPENDICES: Removed: Cluster headaches and LTOT special coverage rules SOURCES OF INFORMATION: Added: Home use of Oxygen and Home Oxygen Use to Treat Cluster Headaches Decision Memorandum (CAG-00296R2) Added: Home Use of Oxygen Decision Memo (CAG-00296R3) Removed: “CR7235 for cluster headache trial" BIBLIOGRAPHY: Removed: Bibliography information, due to not being applicable to the non-discretionary changes 11/17/2022: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2, removal of National Coverage Determination 240.2.2 and CMS Change Request (CR) 12734: Elimination of Certificates of Medical Necessity and DME Information Forms.', number: 'R8'
        revision '2023-01-01', 'R9: Revision Effective Date: 01/01/2023 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Removed: “For all the overnight oximetry criteria described above, the 5 minutes does not have to be continuous.” under Overnight Oximetry Studies (effective 09/27/2021) Removed: “otherwise the Group III presumption of non-coverage applies” under Overnight Oximetry Studies (effective 09/27/2021) Removed: “for 5 minutes total (which need not be continuous)” under criterion 4 for overnight oximetry testing for beneficiaries with OSA (effective 09/27/2021) 01/12/2023: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2.', number: 'R9'
        revision '2023-04-01', 'R10: Revision Effective Date: 04/01/2023 CODING INFORMATION: Added: N1, N2 and N3 modifiers 02/23/2023: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because they are non-discretionary updates to CMS HCPCS coding determinations.', number: 'R10'
        revision '2023-04-01', 'R11: Revision Effective Date: 04/01/2023 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Removed: "Beneficiaries do not change group classification when going from initial coverage to continued coverage based upon changes in blood oxygen testing results" (effective 09/27/2021) 04/20/2023: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2.', number: 'R11'
    }
}
