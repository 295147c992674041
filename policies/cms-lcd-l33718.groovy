// CMS Local Coverage Determination (LCD) L33718, Positive Airway Pressure (PAP) Devices for the
// Treatment of Obstructive Sleep Apnea, issued by the four DME MACs; revision R11 (effective
// 2024-01-01), the whole coverage database page in its order (the page's AMA, ADA and AHA notices,
// which cover code sets this LCD does not use, are left out). The stored text is R11's; the revision
// history tells what earlier revisions changed, and where it quotes the old words they are carried
// with their dates. The coverage criteria are known from R8 (2021-08-08), which rewrote the Sleep
// Tests section in words the history does not quote; decisions before it are REVISION_CONTENT_UNKNOWN.
// The companion policy article A52467 (coding and modifier rules) is not printed here: what the
// decision needs from it (the diagnosis code G47.33, the KX and EY modifiers) is carried as criteria
// without words of their own, each with a reading citing the article (see the encoding notes).
//
// The decision is the one for a new rental: initial coverage (criteria A-D, the sleep test) and, from
// the fourth month, continued coverage. Not decided here, and so printed as prose only: the paths
// that waive those criteria (a replacement device, within or after its 5-year useful lifetime, and
// beneficiaries entering Medicare with a device), since a waiver across sections is not a criterion
// of one section; the E0601-to-E0470 switch rules (the caller states the first day of the current
// trial as `pap-start`); re-qualification after a failed trial; devices dispensed before 2008-11-01;
// the concurrent oxygen titration criteria (the oxygen LCD's); and the supplier's order, delivery,
// coding and refill rules of GENERAL and REFILL REQUIREMENTS.
guideline('cms-lcd-l33718') {
    template 'cms-lcd'
    documentType 'LOCAL COVERAGE DETERMINATION (LCD)'
    title 'Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea'
    documentNumber 'L33718'
    originalEffectiveDate '2015-10-01'
    revised '2024-01-01'
    // The LCD is a Medicare contractor's: it decides for Traditional Medicare (Part A and Part B) members only.
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
            field 'Source Proposed LCD', 'DL33718'
            field 'Original Effective Date'
            field 'Revision Effective Date'
            field 'Revision Ending Date', 'N/A'
            field 'Retirement Date', 'N/A'
            field 'Notice Period Start Date', '06/24/2021'
            field 'Notice Period End Date', '08/07/2021'
        }
        section('Issue') {
            unknownBefore '2024-01-01', reason: 'the stored page is revision R11\'s, and the revision history does not quote the issue of earlier revisions'
            field 'Issue Description', 'The LCD is revised to align refill requirements with CMS Final Rule CMS-1780-F. This revision allows contact with the beneficiary regarding refills to take place no sooner than 30 calendar days prior to the end of the current supply and to document an affirmative response.', added: '2024-01-01'
            field 'Issue - Explanation of Change Between Proposed LCD and Final LCD', 'No proposed LCD issued.', added: '2024-01-01'
        }
        section('CMS National Coverage Policy') {
            paragraph 'CMS Pub. 100.03 (Medicare National Coverage Determination Manual), Chapter 1, Section 240.4'
        }
        section('Coverage Guidance') {
            section('Coverage Indications, Limitations, and/or Medical Necessity') {
                unknownBefore '2021-08-08', reason: 'revision R8 (effective 08/08/2021) rewrote the Sleep Tests section and R7 reworded the criteria ("face-to-face" to "in-person" where applicable); the revision history does not quote the earlier words'
                paragraph 'For any item to be covered by Medicare, it must 1) be eligible for a defined Medicare benefit category, 2) be reasonable and necessary for the diagnosis or treatment of illness or injury or to improve the functioning of a malformed body member, and 3) meet all other applicable Medicare statutory and regulatory requirements.'
                paragraph 'The purpose of a Local Coverage Determination (LCD) is to provide information regarding “reasonable and necessary” criteria based on Social Security Act § 1862(a)(1)(A) provisions.'
                paragraph 'In addition to the “reasonable and necessary” criteria contained in this LCD there are other payment rules, which are discussed in the following documents, that must also be met prior to Medicare reimbursement:'
                paragraph 'The LCD-related Standard Documentation Requirements Article, located at the bottom of this policy under the Related Local Coverage Documents section.'
                paragraph 'The LCD-related Policy Article, located at the bottom of this policy under the Related Local Coverage Documents section.'
                paragraph 'Refer to the Supplier Manual for additional information on documentation requirements.'
                paragraph 'Refer to the DME MAC web sites for additional bulletin articles and other publications related to this LCD.'
                paragraph 'For the items addressed in this LCD, the “reasonable and necessary” criteria, based on Social Security Act § 1862(a)(1)(A) provisions, are defined by the following coverage indications, limitations and/or medical necessity.'
                diagnosisCodes('obstructive-sleep-apnea', reading: 'the policy article A52467 lists G47.33 (obstructive sleep apnea) as the one ICD-10-CM code that supports medical necessity; every other code does not') {
                    icd10 'G47.33'
                }
                allOf {
                    modifier 'KX', id: 'modifier-kx',
                            reading: 'from the policy article A52467: suppliers add KX to PAP equipment and accessories only when every criterion of this section has been met (initial coverage in months 1-3, initial and continued coverage from month 4); a line with GA or GZ instead (an expected denial) or with none of the three is not covered'
                    none {
                        modifier 'EY', id: 'modifier-ey',
                                reading: 'from the policy article A52467: EY marks an item billed before a signed and dated order was received; the LCD denies an item billed without a standard written order as not reasonable and necessary'
                    }
                    diagnosis 'obstructive-sleep-apnea', id: 'diagnosis-osa',
                            reading: 'from the policy article A52467, whose coding information lists G47.33 as the one ICD-10-CM code that supports medical necessity, and which requires the diagnosis code on each claim: a claim whose diagnoses include none of it is not reasonable and necessary under this LCD'
                }

                section('DEFINITIONS:') {
                    paragraph 'Apnea is defined as the cessation of airflow for at least 10 seconds.'
                    paragraph 'Hypopnea is defined as an abnormal respiratory event lasting at least 10 seconds associated with at least a 30% reduction in thoracoabdominal movement or airflow as compared to baseline, and with at least a 4% decrease in oxygen saturation.'
                    paragraph 'The apnea-hypopnea index (AHI) is defined as the average number of episodes of apnea and hypopnea per hour of sleep without the use of a positive airway pressure device. For purposes of this policy, respiratory effort related arousals (RERAs) are not included in the calculation of the AHI. Sleep time can only be measured in a Type I (facility based polysomnogram) or Type II sleep study (see descriptions below).'
                    paragraph 'The respiratory disturbance index (RDI) is defined as the average number of apneas plus hypopneas per hour of recording without the use of a positive airway pressure device. For purposes of this policy, respiratory effort related arousals (RERAs) are not included in the calculation of the RDI. The RDI is reported in Type III, Type IV, and other home sleep studies.'
                    paragraph 'If the AHI or RDI is calculated based on less than 2 hours of sleep or recording time, the total number of recorded events used to calculate the AHI or RDI (respectively) must be at least the number of events that would have been required in a 2 hour period (i.e., must reach ≥30 events without symptoms or ≥10 events with symptoms).'
                }

                section('INITIAL COVERAGE:') {
                    paragraph 'In this policy, the term PAP (positive airway pressure) device will refer to both a single-level continuous positive airway pressure device (E0601) and a bi-level respiratory assist device without back-up rate (E0470) when it is used in the treatment of obstructive sleep apnea.'
                    allOf {
                        allOf {
                            paragraph 'An E0601 device is covered for the treatment of obstructive sleep apnea (OSA) if criteria A – C are met:'
                            occurred 'in-person-evaluation', before: 'sleep-test', id: 'in-person-evaluation-before-sleep-test',
                                    text: 'The beneficiary has an in-person clinical evaluation by the treating practitioner prior to the sleep test to assess the beneficiary for obstructive sleep apnea.',
                                    reading: 'an evaluation on the day of the sleep test, or any day before it, is prior to the sleep test (a date has no time of day); the request states both as events, the latest of each on or before the date of service'
                            anyOf {
                                paragraph 'The beneficiary has a sleep test (as defined below) that meets either of the following criteria (1 or 2):'
                                allOf {
                                    quantity 'ahi-rdi', atLeast: 15, id: 'ahi-rdi-15-or-more', text: 'The apnea-hypopnea index (AHI) or Respiratory Disturbance Index (RDI) is greater than or equal to 15 events per hour with a minimum of 30 events; or,'
                                    quantity 'sleep-test-events', atLeast: 30, id: 'events-30-or-more'
                                }
                                allOf {
                                    paragraph 'The AHI or RDI is greater than or equal to 5 and less than or equal to 14 events per hour with a minimum of 10 events and documentation of:'
                                    quantity 'ahi-rdi', atLeast: 5, lessThan: 15, id: 'ahi-rdi-5-to-under-15',
                                            reading: '"less than or equal to 14" read as under 15: the two bands meet, so an index of 14.5 events per hour falls in the lower band'
                                    quantity 'sleep-test-events', atLeast: 10, id: 'events-10-or-more'
                                    anyOf {
                                        fact 'excessive-daytime-sleepiness', text: 'Excessive daytime sleepiness, impaired cognition, mood disorders, or insomnia; or,'
                                        fact 'impaired-cognition'
                                        fact 'mood-disorder'
                                        fact 'insomnia'
                                        fact 'hypertension', text: 'Hypertension, ischemic heart disease, or history of stroke.'
                                        fact 'ischemic-heart-disease'
                                        fact 'history-of-stroke'
                                    }
                                }
                            }
                            fact 'supplier-instruction', text: 'The beneficiary and/or their caregiver has received instruction from the supplier of the device in the proper use and care of the equipment.'
                            paragraph 'If a claim for an E0601 is submitted and all of the criteria above have not been met, it will be denied as not reasonable and necessary.'
                        }
                        allOf {
                            paragraph 'An E0470 device is covered for those beneficiaries with OSA who meet criteria A-C above, in addition to criterion D:'
                            forCodes('E0470') {
                                fact 'e0601-tried-and-ineffective', text: 'An E0601 has been tried and proven ineffective based on a therapeutic trial conducted in either a facility or in a home setting.',
                                        reading: 'ineffective as the next paragraph defines it: documented failure to meet therapeutic goals on an E0601 during facility titration or home use despite optimal therapy'
                            }
                        }
                    }
                    paragraph 'Ineffective is defined as documented failure to meet therapeutic goals using an E0601 during the titration portion of a facility-based study or during home use despite optimal therapy (i.e., proper mask selection and fitting and appropriate pressure settings).'
                    paragraph 'If E0470 is billed for a beneficiary with OSA and criteria A-D are not met, it will be denied as not reasonable and necessary.'
                    paragraph 'A bi-level positive airway pressure device with back-up rate (E0471) is not reasonable and necessary if the primary diagnosis is OSA. If an E0471 is billed with a diagnosis of OSA, it will be denied as not reasonable and necessary.'
                    allOf {
                        none {
                            billed 'E0471', id: 'e0471-with-osa',
                                    reading: 'every claim under this LCD carries the OSA diagnosis (diagnosis-osa), so an E0471 claim is always denied here; E0471 for other diagnoses belongs to the Respiratory Assist Devices LCD'
                        }
                    }
                    paragraph 'If an E0601 device is tried and found ineffective during the initial facility-based titration or home trial, substitution of an E0470 does not require a new initial in-person clinical evaluation or a new sleep test.'
                    paragraph 'If an E0601 device has been used for more than 3 months and the beneficiary is switched to an E0470, a new initial in-person clinical evaluation is required, but a new sleep test is not required. A new 3 month trial would begin for use of the E0470.'
                    paragraph 'Coverage, coding and documentation requirements for the use of E0470 and E0471 for diagnoses other than OSA are addressed in the Respiratory Assist Devices (RAD) Local Coverage Determination (LCD) and related Policy Article (PA).'
                }

                section('Sleep Tests') {
                    paragraph 'Coverage and Payment rules for diagnostic sleep tests may be found in the CMS National Coverage Determination (NCD) 240.4.1 (CMS Pub.100-03, Chapter 1, Part 4), the applicable A/B MAC LCDs and Billing and Coding articles. The sleep test must be either a polysomnogram performed in a facility-based laboratory (Type I study) or an inpatient hospital-based or home-based sleep test (HST) (Types II, III, IV, Other).'
                    allOf {
                        paragraph 'Coverage of a PAP device for the treatment of OSA is limited to claims where the diagnosis of OSA is based upon all of the following:'
                        fact 'valid-sleep-test', text: 'A sleep test (Type I, II, III, IV, Other) that meets the Medicare requirements for a valid sleep test as outlined in NCD 240.4.1 and the applicable A/B MAC LCD and Billing and Coding article; and,'
                        fact 'fda-approved-sleep-test', text: 'A sleep test that is approved by the Food and Drug Administration (FDA) as a diagnostic device; and,'
                        quantity 'ahi-rdi', atLeast: 5, id: 'sleep-test-results-in-effect', text: 'The sleep test results meet the coverage criteria in effect for the date of service of the claim for the PAP device; and,',
                                reading: 'the coverage criteria in effect for the date of service are criterion B of INITIAL COVERAGE, which decides them; this line adds only that a sleep test result is stated'
                        fact 'sleep-test-ordered-by-treating-practitioner', text: 'The sleep test is ordered by the beneficiary’s treating practitioner; and,'
                        fact 'sleep-test-by-medicare-provider', text: 'The sleep test is conducted by an entity that qualifies as a Medicare provider of sleep tests and is in compliance with all applicable state regulatory requirements.'
                    }
                }

                section('CONTINUED COVERAGE BEYOND THE FIRST THREE MONTHS OF THERAPY:') {
                    anyOf {
                        occurred 'pap-start', before: 'service', lessThan: 3.months, id: 'within-first-three-months',
                                reading: 'continued coverage is required from the fourth month of therapy: a date of service exactly three months after therapy started (2024-04-01 for a start on 2024-01-01) is beyond the first three months; pap-start is the first day of the current trial (the E0470\'s where the beneficiary switched after more than 3 months on an E0601)'
                        allOf {
                            paragraph 'Continued coverage of a PAP device (E0470 or E0601) beyond the first three months of therapy requires that, no sooner than the 31st day but no later than the 91st day after initiating therapy, the treating practitioner must conduct a clinical re-evaluation and document that the beneficiary is benefiting from PAP therapy.'
                            occurred 'clinical-re-evaluation', after: 'pap-start', atLeast: 31.days, id: 'clinical-re-evaluation-from-31st-day',
                                    reading: 'no sooner than the 31st day after initiating therapy: 31 days after its first day or later (2024-02-01 for a start on 2024-01-01); a re-evaluation after the 91st day also counts for dates of service on or after it, as the paragraph below says, so no later bound is set: only a re-evaluation on or before the date of service counts'
                            allOf {
                                paragraph 'For PAP devices with initial dates of service on or after November 1, 2008, documentation of clinical benefit is demonstrated by:'
                                fact 'symptoms-improved', text: 'In-person clinical re-evaluation by the treating practitioner with documentation that symptoms of obstructive sleep apnea are improved; and,'
                                adherence 'pap-usage-hours', atLeast: 4, onPercentOfDays: 70, inAny: 30.days, within: 3.months,
                                        after: 'pap-start', unit: 'h', id: 'adherence', text: 'Objective evidence of adherence to use of the PAP device, reviewed by the treating practitioner.',
                                        reading: 'the definition below: at least 4 hours of use on at least 70% of the nights (21 of 30) of some 30 consecutive nights, all within the first three months from the first day of therapy; the nightly hours are the request\'s dated observations of pap-usage-hours, a night without one is a night without use'
                            }
                        }
                    }
                    paragraph 'Adherence to therapy is defined as use of PAP ≥4 hours per night on 70% of nights during a consecutive thirty (30) day period anytime during the first three (3) months of initial usage.'
                    paragraph 'If the above criteria are not met, continued coverage of a PAP device and related accessories will be denied as not reasonable and necessary.'
                    paragraph 'If the treating practitioner re-evaluation does not occur until after the 91st day but the evaluation demonstrates that the beneficiary is benefiting from PAP therapy as defined in criteria 1 and 2 above, continued coverage of the PAP device will commence with the date of that re-evaluation.'
                    paragraph 'Beneficiaries who fail the initial 12 week trial are eligible to re-qualify for a PAP device but must have both:'
                    paragraph 'In-person clinical re-evaluation by the treating practitioner to determine the etiology of the failure to respond to PAP therapy; and,'
                    paragraph 'Repeat sleep test in a facility-based setting (Type 1 study). This may be a repeat diagnostic, titration or split-night study.'
                    paragraph 'If an E0601 device is tried and found ineffective during the initial facility-based titration or home trial, substitution of an E0470 does not change the length of the trial unless there is less than 30 days remaining in the trial period. If more than 30 days remain in the trial period, the clinical re-evaluation would still occur between the 31st and 91st day following the initiation of an E0601 and objective documentation of adherence on the E0470 would need to occur prior to the 91st day following initiation of the E0601. If less than 30 days remain in the trial period, the clinical re-evaluation and objective documentation of adherence must occur before the 120th day following the initiation of the E0601.'
                    paragraph 'If an E0601 device was used for more than 3 months and the beneficiary was then switched to an E0470, the clinical re-evaluation must occur between the 31st and 91st day following the initiation of the E0470. There would also need to be documentation of adherence to therapy during the 3 month trial with the E0470.'
                    paragraph 'If there is discontinuation of usage of a PAP device at any time, the supplier is expected to ascertain this and stop billing for the equipment and related accessories and supplies.'
                    paragraph 'For a PAP device dispensed prior to November 1, 2008, if the initial Medicare coverage criteria in effect at the time were met and the criteria for coverage after the first 3 months that were in effect at the time were met, the device will continue to be covered for dates of service on or after November 1, 2008 as long as the beneficiary continues to use the device.'
                }

                section('CONCURRENT USE OF OXYGEN WITH PAP THERAPY:') {
                    unknownBefore '2021-09-27', reason: 'revisions R9 and R10 (effective 09/27/2021) rewrote this section; the revision history quotes only some of the earlier words'
                    paragraph 'Some beneficiaries may require the simultaneous use of home oxygen therapy and oxygen equipment with a PAP device. To be considered for simultaneous coverage, all requirements in the "Coverage Indications, Limitations and/or Medical Necessity" sections of both the Oxygen and Oxygen Equipment and Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea LCDs must be met. Consequently, in addition to this LCD, suppliers should refer to the Oxygen and Oxygen Equipment LCD and related Policy Article for additional coverage, coding and documentation requirements.'
                    paragraph 'For beneficiaries with OSA to be considered for oxygen therapy and oxygen equipment, the OSA must be sufficiently treated such that the underlying condition resulting in hypoxemia is unmasked. This must be demonstrated before oxygen saturation results obtained during polysomnography are considered qualifying for oxygen therapy and oxygen equipment.'
                    paragraph 'For beneficiaries with OSA, a qualifying oxygen saturation test for the purposes of Medicare home oxygen and oxygen equipment reimbursement may only occur during a titration polysomnographic study (either split-night or stand-alone). The titration PSG is one in which all of the following criteria are met:'
                    paragraph 'The titration is conducted over a minimum of two (2) hours; and,'
                    paragraph 'During titration:'
                    paragraph 'The AHI/RDI is reduced to less than or equal to an average of ten (10) events per hour; or,'
                    paragraph 'If the initial AHI/RDI was less than an average of ten (10) events per hour, the titration demonstrates further reduction in the AHI/RDI; and,'
                    paragraph 'Nocturnal oximetry conducted for the purpose of oxygen and oxygen equipment reimbursement qualification may only be performed after optimal PAP settings have been determined and the beneficiary is using the PAP device at those settings; and,'
                    paragraph 'The nocturnal oximetry conducted during the PSG demonstrates an oxygen saturation of ≤ 88%.'
                    paragraph 'To be eligible for Medicare coverage and payment for home oxygen therapy and oxygen equipment for concurrent use with PAP therapy, the beneficiary must meet all other coverage requirements for oxygen therapy and oxygen equipment. Beneficiaries that qualify for oxygen therapy based on testing conducted only during the course of a sleep test are eligible only for reimbursement of stationary equipment.'
                    paragraph 'Overnight oximetry performed as part of home sleep testing or as part of any other home testing is not considered as eligible to be used for qualification for reimbursement of home oxygen and oxygen equipment (see the "Overnight Oximetry Studies" section of the Oxygen and Oxygen Equipment LCD for additional information).'
                }

                section('REPLACEMENT:') {
                    paragraph 'This section applies to PAP devices initially provided and covered while the beneficiary was in Medicare fee-for-service (FFS).'
                    paragraph 'If a PAP device is replaced during the 5 year reasonable useful lifetime (RUL) because of loss, theft, or irreparable damage due to a specific incident, there is no requirement for a new clinical evaluation, sleep test, or trial period.'
                    paragraph 'If a PAP device is replaced following the 5 year RUL, there must be an in-person evaluation by their treating practitioner that documents that the beneficiary continues to use and benefit from the PAP device. There is no requirement for a new sleep test or trial period.'
                }

                section('BENEFICIARIES ENTERING MEDICARE:') {
                    paragraph 'For beneficiaries who received a PAP device prior to enrollment in fee for service (FFS) Medicare and are seeking Medicare coverage of either rental of the device, a replacement PAP device and/or accessories, both of the following coverage requirements must be met:'
                    paragraph 'Sleep test - There must be documentation that the beneficiary had a sleep test, prior to FFS Medicare enrollment, that meets the Medicare AHI/RDI coverage criteria in effect at the time that the beneficiary seeks Medicare coverage of a replacement PAP device and/or accessories; and,'
                    paragraph 'Clinical Evaluation - Following enrollment in FFS Medicare, the beneficiary must have an in-person evaluation by their treating practitioner who documents in the beneficiary’s medical record that:'
                    paragraph 'The beneficiary has a diagnosis of obstructive sleep apnea; and,'
                    paragraph 'The beneficiary continues to use the PAP device.'
                    paragraph 'If either criteria 1 or 2 above are not met, the claim will be denied as not reasonable and necessary.'
                    paragraph 'In these situations, there is no requirement for a clinical re-evaluation or for objective documentation of adherence to use of the device.'
                }

                section('ACCESSORIES:') {
                    paragraph 'Accessories used with a PAP device are covered when the coverage criteria for the device are met. If the coverage criteria are not met, the accessories will be denied as not reasonable and necessary.'
                    paragraph 'The following table represents the usual maximum amount of accessories expected to be reasonable and necessary:'
                    table {
                        row 'A4604', '1 per 3 months'
                        row 'A7027', '1 per 3 months'
                        row 'A7028', '2 per 1 month'
                        row 'A7029', '2 per 1 month'
                        row 'A7030', '1 per 3 months'
                        row 'A7031', '1 per 1 month'
                        row 'A7032', '2 per 1 month'
                        row 'A7033', '2 per 1 month'
                        row 'A7034', '1 per 3 months'
                        row 'A7035', '1 per 6 months'
                        row 'A7036', '1 per 6 months'
                        row 'A7037', '1 per 3 months'
                        row 'A7038', '2 per 1 month'
                        row 'A7039', '1 per 6 months'
                        row 'A7046', '1 per 6 months'
                    }
                    paragraph 'Quantities of supplies greater than those described in the policy as the usual maximum amounts will be denied as not reasonable and necessary.'
                    allOf {
                        units atMost: 1, per: 3.months, code: 'A4604', id: 'a4604-usual-maximum'
                        units atMost: 1, per: 3.months, code: 'A7027', id: 'a7027-usual-maximum'
                        units atMost: 2, per: 1.months, code: 'A7028', id: 'a7028-usual-maximum'
                        units atMost: 2, per: 1.months, code: 'A7029', id: 'a7029-usual-maximum'
                        units atMost: 1, per: 3.months, code: 'A7030', id: 'a7030-usual-maximum'
                        units atMost: 1, per: 1.months, code: 'A7031', id: 'a7031-usual-maximum'
                        units atMost: 2, per: 1.months, code: 'A7032', id: 'a7032-usual-maximum'
                        units atMost: 2, per: 1.months, code: 'A7033', id: 'a7033-usual-maximum'
                        units atMost: 1, per: 3.months, code: 'A7034', id: 'a7034-usual-maximum'
                        units atMost: 1, per: 6.months, code: 'A7035', id: 'a7035-usual-maximum'
                        units atMost: 1, per: 6.months, code: 'A7036', id: 'a7036-usual-maximum'
                        units atMost: 1, per: 3.months, code: 'A7037', id: 'a7037-usual-maximum'
                        units atMost: 2, per: 1.months, code: 'A7038', id: 'a7038-usual-maximum'
                        units atMost: 1, per: 6.months, code: 'A7039', id: 'a7039-usual-maximum'
                        units atMost: 1, per: 6.months, code: 'A7046', id: 'a7046-usual-maximum',
                                reading: 'each row of the table above is a limit: the units of the claim and of the prior services of that code less than the period before the date of service; more is denied as not reasonable and necessary'
                    }
                }

                section('GENERAL') {
                    paragraph 'A Standard Written Order (SWO) must be communicated to the supplier before a claim is submitted. If the supplier bills for an item addressed in this policy without first receiving a completed SWO, the claim shall be denied as not reasonable and necessary.'
                    paragraph 'For Durable Medical Equipment, Prosthetics, Orthotics and Supplies (DMEPOS) base items that require a Written Order Prior to Delivery (WOPD), the supplier must have received a signed SWO before the DMEPOS item is delivered to a beneficiary. If a supplier delivers a DMEPOS item without first receiving a WOPD, the claim shall be denied as not reasonable and necessary. Refer to the LCD-related Policy Article, located at the bottom of this policy under the Related Local Coverage Documents section.'
                    paragraph 'For DMEPOS base items that require a WOPD, and also require separately billed associated options, accessories, and/or supplies, the supplier must have received a WOPD which lists the base item and which may list all the associated options, accessories, and/or supplies that are separately billed prior to the delivery of the items. In this scenario, if the supplier separately bills for associated options, accessories, and/or supplies without first receiving a completed and signed WOPD of the base item prior to delivery, the claim(s) shall be denied as not reasonable and necessary.'
                    paragraph 'An item/service is correctly coded when it meets all the coding guidelines listed in CMS HCPCS guidelines, LCDs, LCD-related Policy Articles, or DME MAC articles. Claims that do not meet coding guidelines shall be denied as not reasonable and necessary/incorrectly coded.'
                    paragraph 'Proof of delivery (POD) is a Supplier Standard and DMEPOS suppliers are required to maintain POD documentation in their files. Proof of delivery documentation must be made available to the Medicare contractor upon request. All services that do not have appropriate proof of delivery from the supplier shall be denied as not reasonable and necessary.'
                }

                section('REFILL REQUIREMENTS') {
                    // R11 (effective 01/01/2024) changed these two paragraphs; its revision history quotes the
                    // words it replaced, so R10's are carried too. Reading: only the quoted words changed (the
                    // added "and document an affirmative response" is taken out with the comma before it).
                    paragraph 'For DMEPOS items and supplies provided on a recurring basis, billing must be based on prospective, not retrospective use. For DMEPOS products (A4604, A7027, A7028, A7029, A7030, A7031, A7032, A7033, A7034, A7035, A7036, A7037, A7038, A7039, A7044, A7045, A7046) that are supplied as refills to the original order, suppliers must contact the beneficiary, and document an affirmative response, prior to dispensing the refill and not automatically ship on a pre-determined basis, even if authorized by the beneficiary. This shall be done to ensure that the refilled item remains reasonable and necessary, existing supplies are expected to end, and to confirm any changes or modifications to the order. Contact with the beneficiary or designee regarding refills must take place no sooner than 30 calendar days prior to the expected end of the current supply. For delivery of refills, the supplier must deliver the DMEPOS product no sooner than 10 calendar days prior to the expected end of the current supply. This is regardless of which delivery method is utilized.', added: '2024-01-01'
                    paragraph 'For DMEPOS items and supplies provided on a recurring basis, billing must be based on prospective, not retrospective use. For DMEPOS products (A4604, A7027, A7028, A7029, A7030, A7031, A7032, A7033, A7034, A7035, A7036, A7037, A7038, A7039, A7044, A7045, A7046) that are supplied as refills to the original order, suppliers must contact the beneficiary prior to dispensing the refill and not automatically ship on a pre-determined basis, even if authorized by the beneficiary. This shall be done to ensure that the refilled item remains reasonable and necessary, existing supplies are approaching exhaustion, and to confirm any changes or modifications to the order. Contact with the beneficiary or designee regarding refills must take place no sooner than 14 calendar days prior to the delivery/shipping date. For delivery of refills, the supplier must deliver the DMEPOS product no sooner than 10 calendar days prior to the end of usage for the current product. This is regardless of which delivery method is utilized.', deleted: '2024-01-01'
                    paragraph 'For all DMEPOS items that are provided on a recurring basis, suppliers are required to have contact with the beneficiary or caregiver/designee and document an affirmative response, prior to dispensing a new supply of items. Suppliers must not deliver refills without a refill request and an affirmative response from a beneficiary. Items delivered without a valid, documented refill request will be denied as not reasonable and necessary.', added: '2024-01-01'
                    paragraph 'For all DMEPOS items that are provided on a recurring basis, suppliers are required to have contact with the beneficiary or caregiver/designee prior to dispensing a new supply of items. Suppliers must not deliver refills without a refill request and an affirmative response from a beneficiary. Items delivered without a valid, documented refill request will be denied as not reasonable and necessary.', deleted: '2024-01-01'
                    paragraph 'Suppliers must not dispense a quantity of supplies exceeding a beneficiary\'s expected utilization. Suppliers must stay attuned to changed or atypical utilization patterns on the part of their clients. Suppliers must verify with the treating practitioners that any changed or atypical utilization is warranted.'
                    paragraph 'Regardless of utilization, a supplier must not dispense more than a three (3) - month quantity at a time.'
                    paragraph 'Either a non-heated (E0561) or heated (E0562) humidifier is covered when ordered by the treating practitioner for use with a covered PAP (E0470 or E0601) device.'
                }
            }
            section('Summary of Evidence') {
                paragraph 'N/A'
            }
            section('Analysis of Evidence (Rationale for Determination)') {
                paragraph 'N/A'
            }
        }
    }

    section('Proposed Process Information') {
        heading 'Synopsis of Changes'
        table {
            columns 'Changes', 'Fields Changed'
            row '', 'N/A'
        }
        heading 'Associated Information'
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
            row '', 'View Letter'
        }
        paragraph 'N/A'
        heading 'Contact for Comments on Proposed LCD'
    }

    section('Coding Information') {
        section('Bill Type Codes') {
            table {
                columns 'Code', 'Description'
            }
            paragraph 'N/A'
        }
        section('Revenue Codes') {
            table {
                columns 'Code', 'Description'
            }
            paragraph 'N/A'
        }
        section('CPT/HCPCS Codes') {
            heading 'Group 1'
            paragraph '(3 Codes)'
            heading 'Group 1 Paragraph'
            paragraph 'The appearance of a code in this section does not necessarily indicate coverage.'
            paragraph 'HCPCS MODIFIERS:'
            paragraph 'EY - No physician or other licensed health care provider order for this item or service'
            paragraph 'GA - Waiver of liability statement issued as required by payer policy, individual case'
            paragraph 'GZ - Item or service expected to be denied as not reasonable and necessary'
            paragraph 'KX - Requirements specified in the medical policy have been met'
            paragraph 'HCPCS CODES:'
            paragraph 'EQUIPMENT:'
            heading 'Group 1 Codes'
            codes('HCPCS') {
                code 'E0470', 'RESPIRATORY ASSIST DEVICE, BI-LEVEL PRESSURE CAPABILITY, WITHOUT BACKUP RATE FEATURE, USED WITH NONINVASIVE INTERFACE, E.G., NASAL OR FACIAL MASK (INTERMITTENT ASSIST DEVICE WITH CONTINUOUS POSITIVE AIRWAY PRESSURE DEVICE)'
                code 'E0471', 'RESPIRATORY ASSIST DEVICE, BI-LEVEL PRESSURE CAPABILITY, WITH BACK-UP RATE FEATURE, USED WITH NONINVASIVE INTERFACE, E.G., NASAL OR FACIAL MASK (INTERMITTENT ASSIST DEVICE WITH CONTINUOUS POSITIVE AIRWAY PRESSURE DEVICE)'
                code 'E0601', 'CONTINUOUS POSITIVE AIRWAY PRESSURE (CPAP) DEVICE'
            }
            heading 'Group 2'
            paragraph '(19 Codes)'
            heading 'Group 2 Paragraph'
            paragraph 'ACCESSORIES'
            heading 'Group 2 Codes'
            codes('HCPCS') {
                code 'A4604', 'TUBING WITH INTEGRATED HEATING ELEMENT FOR USE WITH POSITIVE AIRWAY PRESSURE DEVICE'
                code 'A7027', 'COMBINATION ORAL/NASAL MASK, USED WITH CONTINUOUS POSITIVE AIRWAY PRESSURE DEVICE, EACH'
                code 'A7028', 'ORAL CUSHION FOR COMBINATION ORAL/NASAL MASK, REPLACEMENT ONLY, EACH'
                code 'A7029', 'NASAL PILLOWS FOR COMBINATION ORAL/NASAL MASK, REPLACEMENT ONLY, PAIR'
                code 'A7030', 'FULL FACE MASK USED WITH POSITIVE AIRWAY PRESSURE DEVICE, EACH'
                code 'A7031', 'FACE MASK INTERFACE, REPLACEMENT FOR FULL FACE MASK, EACH'
                code 'A7032', 'CUSHION FOR USE ON NASAL MASK INTERFACE, REPLACEMENT ONLY, EACH'
                code 'A7033', 'PILLOW FOR USE ON NASAL CANNULA TYPE INTERFACE, REPLACEMENT ONLY, PAIR'
                code 'A7034', 'NASAL INTERFACE (MASK OR CANNULA TYPE) USED WITH POSITIVE AIRWAY PRESSURE DEVICE, WITH OR WITHOUT HEAD STRAP'
                code 'A7035', 'HEADGEAR USED WITH POSITIVE AIRWAY PRESSURE DEVICE'
                code 'A7036', 'CHINSTRAP USED WITH POSITIVE AIRWAY PRESSURE DEVICE'
                code 'A7037', 'TUBING USED WITH POSITIVE AIRWAY PRESSURE DEVICE'
                code 'A7038', 'FILTER, DISPOSABLE, USED WITH POSITIVE AIRWAY PRESSURE DEVICE'
                code 'A7039', 'FILTER, NON DISPOSABLE, USED WITH POSITIVE AIRWAY PRESSURE DEVICE'
                code 'A7044', 'ORAL INTERFACE USED WITH POSITIVE AIRWAY PRESSURE DEVICE, EACH'
                code 'A7045', 'EXHALATION PORT WITH OR WITHOUT SWIVEL USED WITH ACCESSORIES FOR POSITIVE AIRWAY DEVICES, REPLACEMENT ONLY'
                code 'A7046', 'WATER CHAMBER FOR HUMIDIFIER, USED WITH POSITIVE AIRWAY PRESSURE DEVICE, REPLACEMENT, EACH'
                code 'E0561', 'HUMIDIFIER, NON-HEATED, USED WITH POSITIVE AIRWAY PRESSURE DEVICE'
                code 'E0562', 'HUMIDIFIER, HEATED, USED WITH POSITIVE AIRWAY PRESSURE DEVICE'
            }
            paragraph 'N/A'
        }
        section('ICD-10-CM Codes that Support Medical Necessity') {
            heading 'Group 1'
            heading 'Group 1 Paragraph:'
            paragraph 'N/A'
            heading 'Group 1 Codes:'
            paragraph 'N/A'
            paragraph 'N/A'
        }
        section('ICD-10-CM Codes that DO NOT Support Medical Necessity') {
            heading 'Group 1'
            heading 'Group 1 Paragraph:'
            paragraph 'N/A'
            heading 'Group 1 Codes:'
            paragraph 'N/A'
            paragraph 'N/A'
        }
        section('Additional ICD-10 Information') {
        }
    }

    section('General Information') {
        section('Associated Information') {
            heading 'DOCUMENTATION REQUIREMENTS'
            paragraph 'Section 1833(e) of the Social Security Act precludes payment to any provider of services unless "there has been furnished such information as may be necessary in order to determine the amounts due such provider". It is expected that the beneficiary\'s medical records will reflect the need for the care provided. The beneficiary\'s medical records include the treating practitioner\'s office records, hospital records, nursing home records, home health agency records, records from other healthcare professionals and test reports. This documentation must be available upon request.'
            heading 'GENERAL DOCUMENTATION REQUIREMENTS'
            paragraph 'In order to justify payment for DMEPOS items, suppliers must meet the following requirements:'
            paragraph 'SWO'
            paragraph 'Medical Record Information (including continued need/use if applicable)'
            paragraph 'Correct Coding'
            paragraph 'Proof of Delivery'
            paragraph 'Refill Documentation'
            paragraph 'Refer to the LCD-related Standard Documentation Requirements article, located at the bottom of this policy under the Related Local Coverage Documents section for additional information regarding these requirements.'
            paragraph 'Refer to the Supplier Manual for additional information on documentation requirements.'
            paragraph 'Refer to the DME MAC web sites for additional bulletin articles and other publications related to this LCD.'
            heading 'POLICY SPECIFIC DOCUMENTATION REQUIREMENTS'
            paragraph 'Items covered in this LCD have additional policy-specific requirements that must be met prior to Medicare reimbursement.'
            paragraph 'Refer to the LCD-related Policy article, located at the bottom of this policy under the Related Local Coverage Documents section for additional information.'
        }
        section('Miscellaneous') {
        }
        section('Appendices') {
            heading 'APPENDIX A: EPWORTH SLEEPINESS SCALE'
            paragraph 'How likely are you to doze off or fall asleep in the following situations, in contrast to feeling just tired? This refers to your usual way of life in recent times. Even if you have not done some of these things recently try to work out how they would have affected you.'
            paragraph 'Use the following scale to choose the most appropriate number for each situation:'
            paragraph '0 = would never doze or sleep.'
            paragraph '1 = slight chance of dozing or sleeping'
            paragraph '2 = moderate chance of dozing or sleeping'
            paragraph '3 = high chance of dozing or sleeping'
            table {
                columns 'Situation', 'Chance of Dozing or Sleeping'
                row 'Sitting and reading', '_______'
                row 'Watching TV', '_______'
                row 'Sitting inactive in a public place', '_______'
                row 'Being a passenger in a motor vehicle for an hour or more', '_______'
                row 'Lying down in the afternoon', '_______'
                row 'Sitting and talking to someone', '_______'
                row 'Sitting quietly after lunch (no alcohol)', '_______'
                row 'Stopped for a few minutes in traffic while driving', '_______'
                row 'Total score (add the scores up) (This is your Epworth score)', '_______'
            }
            paragraph '0-9 – Average score, normal population'
            paragraph 'Epworth Sleepiness Scale reprinted with permission of the Associated Professional Sleep Societies (Johns MW. A new method for measuring daytime sleepiness: the Epworth sleepiness scale. Sleep. 1991;14(6):540-545).'
        }
        section('Utilization Guidelines') {
            paragraph 'Refer to Coverage Indications, Limitations, and/or Medical Necessity'
        }
        field 'Sources of Information', 'N/A'
        field 'Bibliography', 'N/A'
    }

    section('Revision History Information') {
        // PENDING(numbers): the update history below, with revision numbers and effective dates, prints this table
        table {
            columns 'Revision History Date', 'Revision History Number', 'Revision History Explanation', 'Reasons for Change'
            row '01/01/2024', 'R11', 'Revision Effective Date: 01/01/2024 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Added: “and document an affirmative response” to language that pertains to contact with the beneficiary or caregiver/designee for DMEPOS products supplied as refills Revised: “approaching exhaustion” to “expected to end” in regard to existing supplies Revised: “Contact with the beneficiary or designee regarding refills must take place no sooner than 14 calendar days prior to the delivery/shipping date.” to “Contact with the beneficiary or designee regarding refills must take place no sooner than 30 calendar days prior to the expected end of the current supply.” Revised: “For delivery of refills, the supplier must deliver the DMEPOS product no sooner than 10 calendar days prior to the end of usage for the current product.” to “For delivery of refills, the supplier must deliver the DMEPOS product no sooner than 10 calendar days prior to the expected end of the current supply.” 12/14/2023: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates to refill requirement information per CMS Final Rule CMS-1780-F.', '* Provider Education/Guidance * Other (CMS Final Rule CMS-1780-F)', added: '2024-01-01'
            row '09/27/2021', 'R10', 'Revision Effective Date: 09/27/2021 CONCURRENT USE OF OXYGEN WITH PAP THERAPY: Removed: “for 5 minutes total (which need not be continuous)” under criterion 4 for overnight oximetry testing for beneficiaries with OSA 01/12/2023 Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2.', '* Provider Education/Guidance * Other (NCD 240.2 updates)', added: '2021-09-27'
            row '09/27/2021', 'R9', 'Revision Effective Date: 09/27/2021 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Removed: References to “chronic stable state” from CONCURRENT USE OF OXYGEN WITH PAP THERAPY Removed: “severe lung disease” from CONCURRENT USE OF OXYGEN WITH PAP THERAPY Added: “condition resulting in hypoxemia” to CONCURRENT USE OF OXYGEN WITH PAP THERAPY Added: “therapy and oxygen equipment” after statements of “oxygen” and “home oxygen” to CONCURRENT USE OF OXYGEN WITH PAP THERAPY Added: “and oxygen equipment” after statements of “oxygen therapy” and “home oxygen therapy” to CONCURRENT USE OF OXYGEN WITH PAP THERAPY Added: Ineligibility for coverage of home oxygen with overnight oximetry as part of home sleep testing or any other home testing to CONCURRENT USE OF OXYGEN WITH PAP THERAPY Added: “Beneficiaries that qualify for oxygen therapy based on testing conducted only during the course of a sleep test are eligible only for reimbursement of stationary equipment.” to CONCURRENT USE OF OXYGEN WITH PAP THERAPY Removed: Duplicate instruction for suppliers to refer to the Oxygen and Oxygen Equipment LCD and related Policy Article for additional coverage, coding and documentation requirements from CONCURRENT USE OF OXYGEN WITH PAP THERAPY SUMMARY OF EVIDENCE: Removed: Summary of evidence information, due to not being applicable to the non-discretionary changes ANALYSIS OF EVIDENCE (RATIONALE FOR DETERMINATION): Removed: Analysis of evidence information, due to not being applicable to the non-discretionary changes 11/17/2022: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because the revisions are non-discretionary updates due to updates to National Coverage Determination 240.2 and removal of National Coverage Determination 240.2.2.', '* Other (NCD 240.2 and 240.2.2 updates)', added: '2021-09-27'
            row '08/08/2021', 'R8', 'Revision Effective Date: 08/08/2021 COVERAGE INDICATIONS, LIMITATIONS, AND/OR MEDICAL NECESSITY: Revised: The CMS manual reference to CMS Pub. 100-03 Revised: Sleep Tests section to point to NCD 240.4.1 and applicable A/B MAC LCDs and Billing and Coding articles Removed: Appendix B “List of Approved Other Devices that Indirectly Measure AHI/RDI” SUMMARY OF EVIDENCE: Added: Information related to diagnostic sleep testing ANALYSIS OF EVIDENCE: Added: Information related to diagnostic sleep testing RELATED LOCAL COVERAGE DOCUMENTS: Added: Response to Comments (A58824)', '* Provider Education/Guidance * Reconsideration Request', added: '2021-08-08'
            row '01/01/2020', 'R7', 'Revision Effective Date: 01/01/2020 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Revised: “face-to-face” to “in-person” where applicable Revised: "practitioner" to "treating practitioner" Revised: Order information as a result of Final Rule 1713 REFILL REQUIREMENTS: Revised: Format of HCPCS code references, from code spans to individually-listed HCPCS Revised: “ordering physicians” to “treating practitioners” CODING INFORMATION: Removed: Field titled “Bill Type” Removed: Field titled “Revenue Codes” Removed: Field titled “ICD-10 Codes that Support Medical Necessity” Removed: Field titled “ICD-10 Codes that DO NOT Support Medical Necessity” Removed: Field titled “Additional ICD-10 Information” GENERAL DOCUMENTATION REQUIREMENTS: Revised: Prescriptions (orders) to SWO 03/05/2020: Pursuant to the 21st Century Cures Act, these revisions do not require notice and comment because they are due to non-discretionary coverage updates reflective of CMS FR-1713, HCPCS code changes, and non-substantive corrections (listing individual HCPCS codes instead of a HCPCS code-span).', '* Provider Education/Guidance * Other', added: '2020-01-01'
            row '01/01/2019', 'R6', 'Revision Effective Date: 01/01/2019 ICD-10 CODES THAT SUPPORT MEDICAL NECESSITY: Moved: Diagnosis code to the LCD-related Policy Article diagnosis code section per CMS instruction ICD-10 CODES THAT DO NOT SUPPORT MEDICAL NECESSITY: Moved: Statement about noncovered diagnosis codes moved to LCD-related Policy Article noncovered diagnosis code section per CMS instruction POLICY SPECIFIC DOCUMENTATION REQUIREMENTS: Revised: Appendix A - updated Epworth Sleepiness Scale reference to AMA format', '* Other (ICD-10 code relocation per CMS instruction)', added: '2019-01-01'
            row '01/01/2017', 'R5', 'Revision Effective Date: 01/01/2017 COVERAGE INDICATIONS, INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Removed: Standard Documentation Language Added: New reference language and directions to Standard Added: Clarifying language “obtained during polysomnograpghy” to CONCURRENT USE OF OXYGEN WITH PAP THERAPY Added: General Requirements Revised: Refill Requirements DOCUMENTATION REQUIREMENTS: Removed: Standard Documentation Language Added: General Documentation Requirements Added: New reference language and directions to Standard Documentation Requirements POLICY SPECIFIC DOCUMENTATION REQUIREMENTS: Removed: Standard Documentation Language Added: Direction to Standard Documentation Requirements Removed: Miscellaneous billing instructions (moved to related PA) Removed: PIM reference from Appendices RELATED LOCAL COVERAGE DOCUMENTS: Added: LCD-related Standard Documentation Requirements article', '* Provider Education/Guidance', added: '2017-01-01'
            row '07/01/2016', 'R4', 'Revision Effective Date: 07/01/2016 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Added: American Osteopathic Association to physician credentials for interpreting sleep test Revised: Standard Documentation language - ACA requirements Effective 04/28/2016 DOCUMENTATION REQUIREMENTS: Revised: Standard documentation language to revise Refill documentation changing "should to must", ACA requirements, and Proof of deliver instructions; added New order requirements and Correct coding instructions (Effective 04/28/2016)', '* Provider Education/Guidance', added: '2016-07-01'
            row '07/01/2016', 'R3', 'Effective July 1, 2016 oversight for DME MAC LCDs is the responsibility of CGS Administrators, LLC 18003 and 17013 and Noridian Healthcare Solutions, LLC 19003 and 16013. No other changes have been made to the LCDs.', '* Change in Assigned States or Affiliated Contract Numbers', added: '2016-07-01'
            row '10/01/2015', 'R2', 'Revision Effective Date: 10/31/2014 COVERAGE INDICATIONS, LIMITATIONS AND/OR MEDICAL NECESSITY: Revised: Standard Language Added: Language from RAD LCD allowing Sleep study Types II, III, IV testing in facility setting DOCUMENTATION REQUIREMENTS: Revised: Standard Language', '* Provider Education/Guidance'
            row '10/01/2015', 'R1', 'Revision Effective Date: 10/01/2014 POLICY SPECIFIC DOCUMENTATION REQUIREMENTS: Added: HCPCS codes E0470 and E0471 to the ACA 6407 requirement table (effective 07/01/2013)', '* Typographical Error'
        }
        paragraph 'N/A'
    }

    section('Associated Documents') {
        field 'Attachments', 'N/A'
        heading 'Related Local Coverage Documents'
        heading 'Articles'
        paragraph 'A52467 - Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea - Policy Article (https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=52467&ver=54)'
        paragraph 'A58824 - Response to Comments: Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea – DL33718 (https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=58824&ver=3)'
        paragraph 'A55426 - Standard Documentation Requirements for All Claims Submitted to DME MACs (https://www.cms.gov/medicare-coverage-database/view/article.aspx?articleId=55426&ver=132)'
        heading 'Related National Coverage Documents'
        heading 'NCDs'
        paragraph '240.4 - Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA) (https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?NCDId=226&NCDver=3)'
        paragraph '280.1 - Durable Medical Equipment Reference List (https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?NCDId=190&NCDver=4)'
        heading 'Public Versions'
        table {
            columns 'Updated On', 'Effective Dates', 'Status'
            row '12/07/2023', '01/01/2024 - N/A', 'Currently in Effect (You are here)', added: '2024-01-01'
        }
        paragraph 'Some older versions have been archived. Please visit the MCD Archive Site (https://localcoverage.cms.gov/mcd_archive/view/lcd.aspx?lcdInfo=33718:48) to retrieve them.'
    }

    section('Keywords') {
        paragraph 'N/A'
    }

    // PENDING(numbers): revision numbers, effective dates before the revision date (R1, R2), two revisions on one date
    updateHistory {
        revision '2015-10-01', 'R1 and R2: the LCD takes effect as L33718 with the contractors\' earlier revisions (effective 10/01/2014 and 10/31/2014).'
        revision '2016-07-01', 'R3 and R4: oversight passes to CGS Administrators, LLC and Noridian Healthcare Solutions, LLC; sleep test credentials.'
        revision '2017-01-01', 'R5: standard documentation language; refill requirements revised.'
        revision '2019-01-01', 'R6: diagnosis codes moved to the policy article.'
        revision '2020-01-01', 'R7: "face-to-face" to "in-person"; "practitioner" to "treating practitioner".'
        revision '2021-08-08', 'R8: Sleep Tests section points to NCD 240.4.1; Appendix B removed.'
        revision '2021-09-27', 'R9 and R10: concurrent use of oxygen with PAP therapy revised.'
        revision '2024-01-01', 'R11: refill requirements aligned with CMS Final Rule CMS-1780-F.'
    }
}
