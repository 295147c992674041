// Image-Guided Radiation Therapy (IGRT), medical coverage guideline 04-77260-19.
// Carried verbatim from the published guideline; read top to bottom like the document.
guideline('04-77260-19') {
    title 'Image-Guided Radiation Therapy'
    originalEffectiveDate '2010-02-15'
    reviewed '2026-04-23'
    revised '2027-05-15'
    disclaimer 'THIS MEDICAL COVERAGE GUIDELINE IS NOT AN AUTHORIZATION, CERTIFICATION, EXPLANATION OF BENEFITS, OR A GUARANTEE OF PAYMENT, NOR DOES IT SUBSTITUTE FOR OR CONSTITUTE MEDICAL ADVICE. ALL MEDICAL DECISIONS ARE SOLELY THE RESPONSIBILITY OF THE PATIENT AND PHYSICIAN. BENEFITS ARE DETERMINED BY THE GROUP CONTRACT, MEMBER BENEFIT BOOKLET, AND/OR INDIVIDUAL SUBSCRIBER CERTIFICATE IN EFFECT AT THE TIME SERVICES WERE RENDERED. THIS MEDICAL COVERAGE GUIDELINE APPLIES TO ALL LINES OF BUSINESS UNLESS OTHERWISE NOTED IN THE PROGRAM EXCEPTIONS SECTION.'

    description {
        paragraph 'Image-guided radiation therapy (IGRT) is radiation therapy that employs imaging to maximize accuracy and precision throughout the entire process of treatment delivery. This process can include target and normal tissue delineation, radiation delivery, and adaptation of therapy to anatomic and biological and positional changes over time in individuals. IGRT is the use of imaging at the time of treatment delivery to ensure that the location of the target relative to the treatment beams based on a predetermined plan is reliably reproduced. IGRT is applicable to highly conformal treatment modalities, such as 3-D conformal radiation therapy (CRT), intensity-modulated radiation therapy (IMRT), or heavy particle therapy (e.g., proton). IGRT is considered an integral component of treatment delivery with stereotactic body radiation therapy (SBRT) or stereotactic ablative radiotherapy (SABR). At the time of treatment delivery, IGRT is employed to determine the location of the target (and often the surrounding normal organs) at some predetermined frequency. The target location may be determined by a range of methods, from soft-tissue volumetric imaging (e.g., CT, ultrasound, MRI) to localization of surrogates, such as bone, implanted fiducial markers or external surface markers or features (e.g., by planar imaging or fluoroscopy, electromagnetic localization or optical surface imaging). The match or discrepancy between the simulated location and the “live” IGRT measurement prior to treatment delivery may be determined manually (e.g., visual alignment of the two image datasets), or in some cases, by using automated image analysis software. If a discrepancy is found, a correction is applied. In this manner, the treatment will be delivered precisely and accurately according to the treatment plan approved by the radiation oncologist. (ACR-ASTRO, 2019)'
        paragraph 'Several systems, devices, and components for IGRT have received U.S. Food and Drug Administration (FDA) 510(k) clearance (e.g., Calypso® 4D localization System, RPM Respiratory Gating System).'
        paragraph 'Summary and Analysis of Evidence: Image-guided radiation therapy (IGRT) is radiation therapy that employs imaging to maximize accuracy and precision throughout the entire process of treatment delivery. This process can include target and normal tissue delineation, radiation delivery, and adaptation of therapy to anatomic and biological and positional changes over time in individual patients. Radiation therapy has long been image-guided, but rapidly evolving imaging technologies have led to substantially greater accuracy and precision of radiation delivery. Accurate radiation therapy is important even for simple treatments. The need for this improved accuracy and precision has been amplified by research, which shows that the accuracy of targeting using IGRT significantly affects overall survival. This need for accuracy is potentially being met by ongoing advances in radiation planning and delivery that permit much more conformal dose distributions, sharper dose gradients, and higher doses per fraction. Thus, IGRT is particularly applicable to highly conformal treatment modalities, such as 3-D conformal radiation therapy (CRT), intensity-modulated radiation therapy (IMRT), or heavy particle therapy (proton/neutron). With stereotactic body radiation therapy (SBRT) or stereotactic ablative radiotherapy (SABR), IGRT is considered a necessary and integral component of the entire procedure (ACR, ASTRO 2019).'
    }

    positionStatement {
        unknownBefore '2023-05-15', reason: 'the published guideline carries the position statement as revised on 05/15/23 (later reviews made no change); the wording in force before then is not published'
        paragraph 'Image-guided radiation therapy (IGRT) (any modality) **meets the definition of medical necessity** for the following indications:'
        anyOf {
            indication 'Bony anatomy fails to delineate tumor location', id: 'bony-anatomy-fails'
            indication 'Dose escalation is planned beyond the usual doses for similar tumors', id: 'dose-escalation'
            indication 'During radiation therapy (e.g., intensity-modulated radiation therapy (IMRT), proton beam therapy, stereotactic body radiation therapy (SBRT))', id: 'during-radiation-therapy'
            indication 'Implanted fiducial markers'
            indication 'Reduction of radiation dose to sensitive normal structures (e.g., left-sided breast radiation therapy with deep inspiration breath hold technique (DIBH) to spare heart radiation exposure)', id: 'sensitive-structure-dose-reduction'
            indication 'Target volume is in close proximity to critical structures that must be protected', id: 'close-to-critical-structures'
            indication 'Target volume located near or within critical structures and/or in tissue with inherent setup variation', id: 'near-critical-structures-or-setup-variation'
            indication 'Target volume that is subject to daily variation that is due to internal motion', id: 'internal-motion'
            indication 'Target where the adjacent area has been previously irradiated and abutting fields must be precise', id: 'previously-irradiated-adjacent-area'
            indication 'Volume of interest that must be covered with narrow margins to adequately protect immediately adjacent structures.', id: 'narrow-margins'
            indication 'Reirradiation of a previously treated site', id: 'reirradiation', added: '2027-05-15'
        }
    }

    billingCoding {
        codes('CPT') {
            code '77387', 'Guidance for localization of target volume for delivery of radiation treatment, includes intrafraction tracking, when performed',
                    added: '2015-01-01'
            code '77014', deleted: '2026-01-01'
            code '0197T', deleted: '2015-01-01'
            code '76050', deleted: '2015-01-01'
            code '77421', deleted: '2015-01-01'
            code '32553', deleted: '2016-05-01'
            code '49411', deleted: '2016-05-01'
            code '55876', deleted: '2016-05-01'
        }
        codes('HCPCS') {
            code 'G6001', added: '2015-01-01', deleted: '2026-01-01'
            code 'G6002', added: '2015-01-01', deleted: '2026-01-01'
            code 'G6017', added: '2015-01-01', deleted: '2026-01-01'
        }
        documentation {
            paragraph added: '2016-05-01', 'The following information may be required documentation to support medical necessity: physician history and physical, physician progress notes, plan of treatment and reason for imaged-guided radiation therapy (IGRT).'
            timeFrameModifier '18805-2', within: 6.months, added: '2016-05-01',
                    narrative: 'Include all data of the selected type that represents observations made six months or fewer before starting date of service for the claim'
            requiresDocument loinc: '28626-0', name: 'Physician history and physical', timeFrame: '18805-2', added: '2016-05-01' within 6.months
            requiresDocument loinc: '18741-9', name: 'Attending physician progress note', timeFrame: '18805-2', added: '2016-05-01' within 6.months
            requiresDocument loinc: '18776-5', name: 'Plan of treatment', timeFrame: '18805-2', added: '2016-05-01' within 6.months
        }
    }

    reimbursement {
        paragraph 'Refer to section entitled [POSITION STATEMENT](#).'
    }

    programExceptions {
        unknownBefore '2016-05-01', reason: 'the 05/01/16 revision updated the program exceptions; the text in force before then is not published'
        exception 'FEP', heading: 'Federal Employee Program (FEP)', text: 'Follow FEP guidelines.'
        exception 'SAO', heading: 'State Account Organization (SAO)', text: 'Follow SAO guidelines.'
        exception 'MEDICARE_ADVANTAGE', heading: 'Medicare Advantage products', follow: 'guideline', added: '2014-05-15',
                text: 'No National Coverage Determination (NCD) and/or Local Coverage Determination (LCD) were found at the time of the last guideline review date.'
        stepTherapyExemption 'If this Medical Coverage Guideline contains a step therapy requirement, in compliance with Florida law 627.42393, members or providers may request a step therapy protocol exemption to this requirement if based on medical necessity. The process for requesting a protocol exemption can be found at [Coverage Protocol Exemption Request](#).',
                applies: false, reason: 'this guideline has no step therapy requirement'
    }

    definitions {
        paragraph 'None applicable.'
    }

    relatedGuidelines {
        paragraph 'None applicable.'
    }

    other {
        paragraph 'Other names used to report image-guided radiation therapy (IGRT):'
        otherName 'Dynamic Targeting IGRT'
        otherName 'Electromagnetic Transponders'
        otherName 'Intra-fraction Image Guidance'
        otherName 'On-Board Imager'
        otherName 'Real-Time Intra-Fraction'
    }

    references {
        reference 'ACR-ASTRO Practice Parameter for Image-Guided Radiation Therapy (IGRT), 2019.'
        reference 'Bergom C, Currey A, Desai N, et al. Deep Inspiration Breath Hold: Techniques and Advantages for Cardiac Sparing During Breast Cancer Irradiation. *Front Oncol*. 2018 Apr 4; 8:87.'
        reference 'Charlie CM, Paskalev K. In-room CT techniques for image-guided radiation therapy. *Medical dosimetry* 2006; 31(1): 30-39.'
        reference 'Dawson LA, Jaffray DA. Advances in image-guided radiation therapy. *Journal of Clinical Oncology* 2007; 25(8): 938-46.'
        reference 'Kindblom J, Ekelund-Olvenmark AM, Syren H et al. High precision transponder localization using a novel electromagnetic positioning system in patients with localized prostate cancer. *Radiotherapy & Oncology* 2009; 90(3): 307-311.'
        reference 'Kupelian PA, Langen KM, Willoughby TR et al. Image-guided radiotherapy for localized prostate cancer; treating a moving target. *Seminars in Radiation Oncology* 2008; 18(1): 58-66.'
        reference 'Langen, K.M., T. R. Willoughby, S.L. Meeks, A. Santhanam, A. Cunningham, L. Levine, and P. Kupelian. Observations on Real-Time Prostate Gland Motion Using Electromagnetic Tracking. *International Journal of Radiation Oncology Biology Physics*. 2008; 71(4):1084-190.'
        reference 'Litzenberg, D.W., Willoughby, T.R., Balter, J.M., Sandler, H.M., Wei, J., Kupelian, P.A., Cunningham, A.A., Bock, A., Aubin, M., Roach III, M., Pouliot, J., and Shinohara, K. Positional stability of electromagnetic transponders used for prostate localization and continuous, real-time tracking. *International Journal of Radiation Oncology Biology Physics* 2007; 61(4):1199-120.'
        reference 'Santanam L, Malinowki K, Hubensmidt J et al. Fiducial-based translational localization accuracy of electromagnetic tracking system and on-board kilovoltage imaging system. *International Journal of Radiation Oncology Biology Physics* 2008; 70:892-99.'
        reference 'Scarbrough TJ, Golden NM, Ting JY et al. Comparison of ultrasound and implanted seed marker prostate localization methods: Implications for image-guided radiotherapy. *International Journal of Radiation Oncology, Biology, Physics* 2006; 65(2): 378-387.'
        reference 'U.S. Food Drug Administration (FDA) 510(k) Premarket Notification-Calypso 4D Localization System (K060906, K080726).'
        reference 'U.S. Food Drug Administration (FDA) 510(k) Premarket Notification-RPM Respiratory Gating (K107024).'
        reference 'Wang D, Zhang Q, Eisenberg BL et al. Significant Reduction of Late Toxicities in Patients With Extremity Sarcoma Treated With Image-Guided Radiation Therapy to a Reduced Target Volume: Results of Radiation Therapy Oncology Group RTOG-0630 Trial. *Journal of Clinical Oncology* 2015; 10; 33 (20): 2231-2238.'
    }

    committeeApproval 'This Medical Coverage Guideline (MCG) was approved by the Florida Blue Medical Policy and Coverage Committee on 04/23/26.', date: '2026-04-23'

    updateHistory {
        revision '2010-02-15', 'New Medical Coverage Guideline.'
        revision '2011-01-01', 'Annual HCPCS update; revised 55876 code descriptor.'
        revision '2011-02-15', 'Annual review. Maintain position statement. Updated references.'
        revision '2011-10-01', 'Revision; formatting changes.'
        revision '2014-05-15', 'Annual review. Maintain position statement. Added heading for "intra-fraction, description section. Revised FDA statement for Calypso 4D Localization System, description section. Added Medicare Advantage products program exception. Updated references.'
        revision '2015-01-01', 'Annual HCPCS code update. Deleted 0197T, 76050 and 77421. Added 77387, G6001, G6002 and G6017.'
        revision '2015-05-15', 'Annual review; position statement unchanged. Updated description and references.'
        revision '2016-05-01', 'Revision; deleted "for Treatment Planning and Delivery" from MCG name; deleted position statement for intra-fraction localization and tracking of target and imaging modalities; added position statement for image-guided radiation therapy; deleted 32553, 49411 and 55876; added LOINC codes; updated program exception; updated references.'
        revision '2016-11-15', 'Revision; revised position statement. Updated references.'
        revision '2017-10-15', 'Revision; revised position statement. Updated references.'
        revision '2018-02-15', 'Revision; updated position statement and definitions.'
        revision '2019-01-01', 'Annual HCPCS code update. Revised 77387 code descriptor.'
        revision '2021-03-15', 'Review/update. Maintain position statement. Updated references.'
        revision '2023-05-15', 'Review: revised description and position statement. Updated references.'
        revision '2024-05-15', 'Review; no change in position statement. Updated references'
        revision '2025-05-15', 'Review; no change in position statement.'
        revision '2026-01-01', 'Annual CPT/HCPCS coding update. Deleted code 77014, G6001, G6002 and G6017.'
        revision '2026-05-15', 'Review; no change in position statement.'
        revision '2027-05-15', 'Review; revised position statement.'
    }
}
