// CMS National Coverage Determination 240.4: Continuous Positive Airway Pressure (CPAP) Therapy For
// Obstructive Sleep Apnea (OSA), as the Medicare Coverage Database's NCD page publishes version 3
// (effective 2008-03-13). The page lists versions 1 (2002-04-01) and 2 (2005-04-04) and a revision
// history back to 1986, but only version 3's text is published there: what the NCD said before
// 2008-03-13 is unknown, and a request dated earlier is told so, never decided by version 3's rules.
// Stored text: policies/sources/ncd-240.4.txt.
guideline('ncd-240.4') {
    template 'cms-ncd'
    documentType 'NATIONAL COVERAGE DETERMINATION (NCD)'
    title 'Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)'
    documentNumber '240.4'
    originalEffectiveDate '1987-01-12'
    revised '2008-10-15'
    // An NCD binds Medicare, Part A and Part B (Traditional Medicare): not Medicare Advantage plans' own rules.
    lineOfBusiness 'MEDICARE'

    section('Tracking Information') {
        field 'Publication Number', '100-3'
        field 'Manual Section Number', '240.4'
        field 'Manual Section Title', 'Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)'
        heading 'Version Number' // blank on the page, which the Other Versions table identifies as version 3
        field 'Effective Date of this Version', '03/13/2008'
        heading 'Ending Effective Date of this Version' // blank on the page
        field 'Implementation Date', '08/04/2008'
        heading 'Implementation QR Modifier Date' // blank on the page
    }
    section('Description Information') {
        field 'Benefit Category', 'Durable Medical Equipment'
        paragraph 'Please Note: This may not be an exhaustive list of all applicable Medicare benefit categories for this item or service.'
        section('Item/Service Description') {
            section('A. General') {
                paragraph 'Continuous Positive Airway Pressure (CPAP) is a non-invasive technique for providing single levels of air pressure from a flow generator, via a nose mask, through the nares. The purpose is to prevent the collapse of the oropharyngeal walls and the obstruction of airflow during sleep, which occurs in obstructive sleep apnea (OSA).'
                paragraph 'The apnea hypopnea index (AHI) is equal to the average number of episodes of apnea and hypopnea per hour. The respiratory disturbance index (RDI) is equal to the average number of respiratory disturbances per hour.'
                paragraph 'Apnea is defined as a cessation of airflow for at least 10 seconds. Hypopnea is defined as an abnormal respiratory event lasting at least 10 seconds with at least a 30% reduction in thoracoabdominal movement or airflow as compared to baseline, and with at least a 4% oxygen desaturation.'
                paragraph 'The AHI and/or RDI may be measured by polysomnography (PSG) in a facility-based sleep study laboratory, or by a Type II home sleep test (HST) monitor, a Type III HST monitor, or a Type IV HST monitor measuring at least 3 channels.'
            }
        }
        heading 'Indications and Limitations of Coverage'
    }

    positionStatement(heading: 'B. Nationally Covered Indications') {
        unknown to: '2002-04-01', reason: 'the coverage in force from 01/12/1987 (TN 12, revised by TN 15) is known only from the revision history\'s summaries; its text is not published with the NCD page'
        unknown from: '2002-04-01', to: '2005-04-04', reason: 'version 1 (04/01/2002 - 04/04/2005), \"Continuous Positive Airway Pressure (CPAP)\", is listed on the NCD page, but its text is not published with version 3'
        unknown from: '2005-04-04', to: '2008-03-13', reason: 'version 2 (04/04/2005 - 03/13/2008) is listed on the NCD page, but its text is not published with version 3'
        paragraph 'Effective for claims with dates of service on and after March 13, 2008, the Centers for Medicare & Medicaid Services (CMS) determines that CPAP therapy when used in adult patients with OSA is considered reasonable and necessary under the following situations:'
        allOf {
            // 1. Adults; the 12-week initial period, then coverage only for those who benefit.
            allOf {
                paragraph 'The use of CPAP is covered under Medicare when used in adult patients with OSA. Coverage of CPAP is initially limited to a 12-week period to identify beneficiaries diagnosed with OSA as subsequently described who benefit from CPAP. CPAP is subsequently covered only for those beneficiaries diagnosed with OSA who benefit from CPAP during this 12-week period.'
                age min: 18, id: 'adult',
                        reading: 'an adult patient is 18 or older on the date of service'
                subsequent {
                    anyOf {
                        occurred 'cpap-start', before: 'service', lessThan: 12.weeks, id: 'within-initial-12-weeks',
                                reading: 'the 12-week period starts on the day CPAP use began (event cpap-start, day 0) and ends on day 83: a claim dated 84 days after the start is no longer in it'
                        occurred 'cpap-benefit', after: 'cpap-start', lessThan: 12.weeks, id: 'benefit-during-12-weeks',
                                reading: 'the NCD does not say how benefit is measured: the caller states the benefit as an event (cpap-benefit), dated within the 12-week period (day 0 to day 83 after cpap-start)'
                    }
                }
            }
            // 2. Education before use; a caregiver may stand in.
            anyOf {
                paragraph 'The provider of CPAP must conduct education of the beneficiary prior to the use of the CPAP device to ensure that the beneficiary has been educated in the proper use of the device. A caregiver, for example a family member, may be compensatory, if consistently available in the beneficiary\'s home and willing and able to safely operate the CPAP device.'
                occurred 'beneficiary-education', before: 'cpap-start', id: 'beneficiary-educated',
                        reading: 'education is an event the caller states, on or before the day CPAP use began (event cpap-start; on the first claim, usually its date of service): education on that day precedes the use'
                allOf {
                    occurred 'caregiver-education', before: 'cpap-start', id: 'caregiver-educated',
                            reading: 'a caregiver compensates when the caregiver was educated in the proper use of the device before its use, is consistently available in the home, and is willing and able to operate it safely'
                    fact 'caregiver-consistently-available', id: 'caregiver-available'
                    fact 'caregiver-willing-and-able', id: 'caregiver-able'
                }
            }
            // 3. A clinical evaluation and a positive test of one of four kinds.
            fact 'clinical-evaluation', id: 'clinical-evaluation',
                    reading: 'the caller states that the diagnosis included a clinical evaluation'
            anyOf {
                paragraph 'A positive diagnosis of OSA for the coverage of CPAP must include a clinical evaluation and a positive:'
                fact 'positive-attended-psg', id: 'attended-psg', text: 'attended PSG performed in a sleep laboratory; or',
                        reading: 'positive: the test diagnosed OSA; C. (other tests are not sufficient) makes these four kinds a closed list'
                fact 'positive-hst-type-ii', id: 'hst-type-ii', text: 'unattended HST with a Type II home sleep monitoring device; or'
                fact 'positive-hst-type-iii', id: 'hst-type-iii', text: 'unattended HST with a Type III home sleep monitoring device; or'
                allOf {
                    paragraph 'unattended HST with a Type IV home sleep monitoring device that measures at least 3 channels.'
                    fact 'positive-hst-type-iv', id: 'hst-type-iv'
                    quantity 'hst-channels', atLeast: 3, id: 'at-least-3-channels'
                }
            }
            // 4. The sleep test was ordered beforehand by the treating physician and supervised.
            allOf {
                paragraph 'The sleep test must have been previously ordered by the beneficiary’s treating physician and furnished under appropriate physician supervision.'
                occurred 'treating-physician-test-order', before: 'sleep-test', id: 'test-ordered-by-treating-physician',
                        reading: 'the treating physician\'s order for the sleep test is an event the caller states, on or before the day of the sleep test (event sleep-test)'
                fact 'sleep-test-physician-supervised', id: 'test-physician-supervised'
            }
            // 5. The AHI or RDI thresholds.
            anyOf {
                paragraph 'An initial 12-week period of CPAP is covered in adult patients with OSA if either of the following criterion using the AHI or RDI are met:'
                allOf {
                    paragraph 'AHI or RDI greater than or equal to 15 events per hour, or'
                    anyOf {
                        quantity 'ahi', atLeast: 15, id: 'ahi-at-least-15',
                                reading: 'either index may qualify: the AHI or the RDI the request states; the thresholds hold on every claim of the episode, not only the first'
                        quantity 'rdi', atLeast: 15, id: 'rdi-at-least-15'
                    }
                    // 6. under 2 hours of sleep, at least the events 2 hours at 15 per hour need: 30
                    anyOf {
                        quantity 'recorded-sleep-hours', atLeast: 2, id: 'two-hours-of-sleep-for-15'
                        quantity 'recorded-events', atLeast: 30, id: 'thirty-events-under-two-hours',
                                reading: 'under 2 hours of continuous recorded sleep, an index of at least 15 per hour needs the 30 events a 2-hour period would'
                    }
                }
                allOf {
                    paragraph 'AHI or RDI greater than or equal to 5 events and less than or equal to 14 events per hour with documented symptoms of excessive daytime sleepiness, impaired cognition, mood disorders or insomnia, or documented hypertension, ischemic heart disease, or history of stroke.'
                    anyOf {
                        quantity 'ahi', atLeast: 5, lessThan: 15, id: 'ahi-5-to-14',
                                reading: 'an index between 14 and 15 (an average may be fractional) falls under b.: "less than or equal to 14" is read as below 15, so a. and b. leave no gap'
                        quantity 'rdi', atLeast: 5, lessThan: 15, id: 'rdi-5-to-14'
                    }
                    anyOf {
                        fact 'excessive-daytime-sleepiness', id: 'excessive-daytime-sleepiness',
                                reading: 'each symptom or condition is a fact the caller states from the documentation'
                        fact 'impaired-cognition', id: 'impaired-cognition'
                        fact 'mood-disorder', id: 'mood-disorder'
                        fact 'insomnia', id: 'insomnia'
                        fact 'hypertension', id: 'hypertension'
                        fact 'ischemic-heart-disease', id: 'ischemic-heart-disease'
                        fact 'history-of-stroke', id: 'history-of-stroke'
                    }
                }
            }
            // 6. Under 2 hours of sleep, the events 2 hours would need; the floor for either threshold.
            anyOf {
                paragraph 'The AHI or RDI is calculated on the average number of events of per hour. If the AHI or RDI is calculated based on less than 2 hours of continuous recorded sleep, the total number of recorded events to calculate the AHI or RDI during sleep testing must be at a minimum the number of events that would have been required in a 2-hour period.'
                quantity 'recorded-sleep-hours', atLeast: 2, id: 'two-hours-of-sleep',
                        reading: 'recorded-sleep-hours is the continuous recorded sleep the index was calculated on, in hours; under 2 hours, the lower threshold (5 per hour) needs 10 events, and a. needs 30 (see thirty-events-under-two-hours)'
                quantity 'recorded-events', atLeast: 10, id: 'ten-events-under-two-hours'
            }
            // 7. How apneas and hypopneas are scored.
            fact 'scored-by-ncd-definitions', id: 'scored-by-ncd-definitions',
                    text: 'Apnea is defined as a cessation of airflow for at least 10 seconds. Hypopnea is defined as an abnormal respiratory event lasting at least 10 seconds with at least a 30% reduction in thoracoabdominal movement or airflow as compared to baseline, and with at least a 4% oxygen desaturation.',
                    reading: 'the index the request states was scored with these definitions (hypopneas with at least a 4% desaturation); the caller states it'
        }
        // 8. Coverage with Evidence Development: adults who do not meet 1-7 are covered only as enrolled subjects of a study.
        coveredUnderStudy('Coverage with Evidence Development (CED): Medicare provides the following limited coverage for CPAP in adult beneficiaries who do not qualify for CPAP coverage based on criteria 1-7 above. A clinical study seeking Medicare payment for CPAP provided to a beneficiary who is an enrolled subject in that study must address one or more of the following questions',
                study: 'ced', id: 'ced') {
            age min: 18, id: 'ced-adult',
                    reading: 'adult beneficiaries: 18 or older on the date of service; the study\'s questions and standards (a.-p.) are for CMS to approve, so the caller states the enrollment in a CED study'
        }
        paragraph 'In Medicare-aged subjects with clinically identified risk factors for OSA, how does the diagnostic accuracy of a clinical trial of CPAP compare with PSG and Type II, III & IV HST in identifying subjects with OSA who will respond to CPAP?'
        paragraph 'In Medicare-aged subjects with clinically identified risk factors for OSA who have not undergone confirmatory testing with PSG or Type II, III & IV HST, does CPAP cause clinically meaningful harm?'
        paragraph 'The study must meet the following additional standards:'
        paragraph 'The principal purpose of the research study is to test whether a particular intervention potentially improves the participants’ health outcomes.'
        paragraph 'The research study is well-supported by available scientific and medical information or it is intended to clarify or establish the health outcomes of interventions already in common clinical use.'
        paragraph 'The research study does not unjustifiably duplicate existing studies.'
        paragraph 'The research study design is appropriate to answer the research question being asked in the study.'
        paragraph 'The research study is sponsored by an organization or individual capable of executing the proposed study successfully.'
        paragraph 'The research study is in compliance with all applicable Federal regulations concerning the protection of human subjects found at 45 CFR Part 46. If a study is Food and Drug Administration-regulated, it also must be in compliance with 21 CFR Parts 50 and 56.'
        paragraph 'All aspects of the research study are conducted according to the appropriate standards of scientific integrity.'
        paragraph 'The research study has a written protocol that clearly addresses, or incorporates by reference, the Medicare standards.'
        paragraph 'The clinical research study is not designed to exclusively test toxicity or disease pathophysiology in healthy individuals. Trials of all medical technologies measuring therapeutic outcomes as one of the objectives meet this standard only if the disease or condition being studied is life-threatening as defined in 21 CFR § 312.81(a) and the patient has no other viable treatment options.'
        paragraph 'The clinical research study is registered on the ClinicalTrials.gov Web site by the principal sponsor/investigator prior to the enrollment of the first study subject.'
        paragraph 'The research study protocol specifies the method and timing of public release of all pre-specified outcomes to be measured, including release of outcomes if outcomes are negative or study is terminated early. The results must be made public within 24 months of the end of data collection. If a report is planned for publication in a peer-reviewed journal, then that initial release may be an abstract that meets the requirements of the International Committee of Medical Journal Editors. However, a full report of the outcomes must be made public no later than 3 years after the end of data collection.'
        paragraph 'The research study protocol must explicitly discuss subpopulations affected by the treatment under investigation, particularly traditionally underrepresented groups in clinical studies, how the inclusion and exclusion criteria affect enrollment of these populations, and a plan for the retention and reporting of said populations in the trial. If the inclusion and exclusion criteria are expected to have a negative effect on the recruitment or retention of underrepresented populations, the protocol must discuss why these criteria are necessary.'
        paragraph 'The research study protocol explicitly discusses how the results are or are not expected to be generalizable to the Medicare population to infer whether Medicare patients may benefit from the intervention. Separate discussions in the protocol may be necessary for populations eligible for Medicare due to age, disability, or Medicaid eligibility.'
    }

    section('C. Nationally Non-covered Indications') {
        paragraph 'Effective for claims with dates of services on and after March 13, 2008, other diagnostic tests for the diagnosis of OSA, other than those noted above for prescribing CPAP, are not sufficient for the coverage of CPAP.'
    }
    section('D. Other') {
        paragraph 'N/A'
        paragraph '(This NCD last reviewed March 2008.)'
    }
    section('Cross Reference') {
        paragraph 'See Section 280.1, Durable Medical Equipment Reference List (https://www.cms.gov/medicare-coverage-database/details/ncd-details.aspx?NCDId=190&ncdver=2&bc=AgAAgAAAAAAAAA%3d%3d&)'
        paragraph 'CED page (https://www.cms.gov/Medicare/Coverage/Coverage-with-Evidence-Development/CPAP)'
        heading 'Claims Processing Instructions' // empty on the page
    }
    section('Transmittal Information') {
        field 'Transmittal Number', '96'
        field 'Coverage Transmittal Link', 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Transmittals/Downloads/R96NCD.pdf'
        section('Revision History') {
            paragraph '10/2008 - NOTE: Transmittal 96, dated October 15, 2008 rescinds and replaces Transmittal 94, dated August 29, 2008. The only change is a clarification to the verbiage under the Policy section of the Business Requirements at I.B.3. All other information remains the same. Additionally, this clarification does not in any way constitute revisions to the corresponding NCD at 240.4 of Pub 100-03. (TN 96) (CR6048)'
            paragraph '08/2008 - NOTE: Transmittal 94, dated August 29, 2008 rescinds and replaces Transmittal 91, dated July 25, 2008. The only change is a clarification to the verbiage under the Policy section of the Business Requirements at I.B.3. All other information remains the same. Additionally, this clarification does not in any way constitute revisions to the corresponding NCD at 240.4 of Pub 100-03. (TN 94) (CR6048)'
            paragraph '07/2008 - After reconsideration, coverage for CPAP therapy for OSA is expanded to include a positive diagnosis of OSA made using a home sleep test under specified criteria. Effective date: 03/13/2008. Implementation date: 08/04/2008. (TN 91) (CR6048)'
            paragraph '05/2005 - Found insufficient evidence to conclude that unattended portable multi-channel sleep study testing is reasonable and necessary in diagnosis of OSA for CPAP therapy, and these tests remain non-covered for this purpose. Effective date 04/04/2005. Implementation date 06/06/2005. (TN 35) (CR 3843)'
            paragraph '12/2001 - Expanded coverage for use in obstructive sleep apnea. Effective and implementation dates 04/01/2002. (TN 150) (CR 1949)'
            paragraph '06/1987 - Revised indications for treatment to include patients for whom surgery is a likely alternative to CPAP, and deleted documentation requirements. Effective date 01/12/1987. (TN 15)'
            paragraph '12/1986 - Provided coverage when used in adult patients with moderate or severe obstructive sleep apnea who have failed to obtain relief from other non-invasive therapies. Effective date 01/12/1987. (TN 12)'
        }
        heading 'Other' // empty on the page
    }
    section('National Coverage Analyses (NCAs)') {
        paragraph 'This NCD has been or is currently being reviewed under the National Coverage Determination process. The following are existing associations with NCAs, from the National Coverage Analyses database.'
        paragraph 'Original Consideration for Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA) (CAG-00093N) (https://www.cms.gov/medicare-coverage-database/view/nca.aspx?ncaid=19)'
        paragraph 'First reconsideration for Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA) (CAG-00093R) (https://www.cms.gov/medicare-coverage-database/view/nca.aspx?ncaid=110)'
        paragraph 'Second reconsideration for Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA) (CAG-00093R2) (https://www.cms.gov/medicare-coverage-database/view/nca.aspx?ncaid=204)'
    }
    section('Coding Analyses for Labs (CALs)') {
        paragraph 'This NCD has been or is currently being reviewed under the National Coverage Determination process. The following are existing associations with CALs, from the Coding Analyses for Labs database.'
    }
    section('Additional Information') {
        section('Other Versions') {
            table {
                columns 'Title', 'Version', 'Effective Between'
                row 'Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)', '3', '03/13/2008 - N/A', '(You are here)'
                row 'Continuous Positive Airway Pressure (CPAP) Therapy For Obstructive Sleep Apnea (OSA)', '2', '04/04/2005 - 03/13/2008', 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=226&ncdver=2'
                row 'Continuous Positive Airway Pressure (CPAP)', '1', '04/01/2002 - 04/04/2005', 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=226&ncdver=1'
            }
        }
    }

    billingCoding {
        // The NCD names no code ("Claims Processing Instructions" is empty): E0601 bills a CPAP device.
        codes('HCPCS') {
            code 'E0601'
        }
    }

    updateHistory {
        // Each entry dated as the history prints it (a month; the transmittal's own date where the text gives one),
        // effective when its text says, numbered by its transmittal.
        revision '1986-12-01', 'Provided coverage when used in adult patients with moderate or severe obstructive sleep apnea who have failed to obtain relief from other non-invasive therapies. Effective date 01/12/1987. (TN 12)',
                effective: '1987-01-12', number: 'TN 12'
        revision '1987-06-01', 'Revised indications for treatment to include patients for whom surgery is a likely alternative to CPAP, and deleted documentation requirements. Effective date 01/12/1987. (TN 15)',
                effective: '1987-01-12', number: 'TN 15'
        revision '2001-12-01', 'Expanded coverage for use in obstructive sleep apnea. Effective and implementation dates 04/01/2002. (TN 150) (CR 1949)',
                effective: '2002-04-01', number: 'TN 150'
        revision '2005-05-01', 'Found insufficient evidence to conclude that unattended portable multi-channel sleep study testing is reasonable and necessary in diagnosis of OSA for CPAP therapy, and these tests remain non-covered for this purpose. Effective date 04/04/2005. Implementation date 06/06/2005. (TN 35) (CR 3843)',
                effective: '2005-04-04', number: 'TN 35'
        revision '2008-07-25', 'After reconsideration, coverage for CPAP therapy for OSA is expanded to include a positive diagnosis of OSA made using a home sleep test under specified criteria. Effective date: 03/13/2008. Implementation date: 08/04/2008. (TN 91) (CR6048)',
                effective: '2008-03-13', number: 'TN 91'
        revision '2008-08-29', 'NOTE: Transmittal 94, dated August 29, 2008 rescinds and replaces Transmittal 91, dated July 25, 2008. The only change is a clarification to the verbiage under the Policy section of the Business Requirements at I.B.3. All other information remains the same. Additionally, this clarification does not in any way constitute revisions to the corresponding NCD at 240.4 of Pub 100-03. (TN 94) (CR6048)',
                effective: '2008-03-13', number: 'TN 94'
        revision '2008-10-15', 'NOTE: Transmittal 96, dated October 15, 2008 rescinds and replaces Transmittal 94, dated August 29, 2008. The only change is a clarification to the verbiage under the Policy section of the Business Requirements at I.B.3. All other information remains the same. Additionally, this clarification does not in any way constitute revisions to the corresponding NCD at 240.4 of Pub 100-03. (TN 96) (CR6048)',
                effective: '2008-03-13', number: 'TN 96'
    }
}
