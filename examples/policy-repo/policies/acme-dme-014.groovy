// Pneumatic Compression Devices for Lymphedema, Acme Health medical coverage guideline ACME-DME-014.
// A small commercial durable medical equipment (DME) guideline, kept by the Acme policy team in its
// own repository: this file, its scenarios under specs/, and the build that gates them.
guideline('acme-dme-014') {
    title 'Pneumatic Compression Devices for Lymphedema'
    originalEffectiveDate '2024-01-01'
    reviewed '2025-06-12'
    revised '2025-07-01'
    disclaimer 'THIS MEDICAL COVERAGE GUIDELINE IS NOT AN AUTHORIZATION, CERTIFICATION, EXPLANATION OF BENEFITS, OR A GUARANTEE OF PAYMENT. BENEFITS ARE DETERMINED BY THE MEMBER CONTRACT IN EFFECT AT THE TIME SERVICES WERE RENDERED.'

    description {
        paragraph 'A pneumatic compression device is an air compressor with an inflatable sleeve or garment that applies intermittent pressure to a limb, moving lymphatic fluid toward the trunk. It is used at home, after a trial of conservative therapy (compression garments, elevation, exercise and manual lymphatic drainage) has not controlled the swelling.'
    }

    positionStatement {
        paragraph 'A segmental pneumatic compression device for home use **meets the definition of medical necessity** for one of the following indications:'
        anyOf {
            indication 'Chronic lymphedema of an arm or leg that persists after at least four weeks of conservative therapy', id: 'lymphedema-after-conservative-therapy'
            indication 'Chronic venous insufficiency with venous stasis ulcers that have not healed after six months of conservative therapy', id: 'venous-stasis-ulcers'
            indication 'Lymphedema after cancer treatment (surgery or radiation involving the lymph nodes) when compression garments cannot be worn', id: 'lymphedema-after-cancer-treatment', added: '2025-07-01'
        }
    }

    billingCoding {
        codes('HCPCS') {
            code 'E0651', 'Pneumatic compressor, segmental home model without calibrated gradient pressure'
            code 'E0652', 'Pneumatic compressor, segmental home model with calibrated gradient pressure'
            code 'E0650', deleted: '2025-07-01'
        }
        documentation {
            paragraph 'The following documentation is required to support medical necessity: a progress note from the treating physician describing the conservative therapy tried and its outcome, dated within three months before the date of service.'
            requiresDocument loinc: '18741-9', name: 'Attending physician progress note' within 3.months
        }
    }

    programExceptions {
        exception 'FEP', heading: 'Federal Employee Program (FEP)', text: 'Follow FEP guidelines.'
    }

    definitions {
        paragraph 'Conservative therapy: compression garments, elevation of the limb, exercise and manual lymphatic drainage.'
    }

    references {
        reference 'Centers for Medicare & Medicaid Services. Local Coverage Determination: Pneumatic Compression Devices (L33829).'
    }

    updateHistory {
        revision '2024-01-01', 'New Medical Coverage Guideline.'
        revision '2025-07-01', 'Revision; added indication for lymphedema after cancer treatment; deleted HCPCS code E0650 (non-segmental compressor).'
    }
}
