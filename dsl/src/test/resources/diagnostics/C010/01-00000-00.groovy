guideline('01-00000-00') {
    title 'Test guideline'
    originalEffectiveDate '2020-01-01'
    positionStatement {
        anyOf {
            indication 'Indication number 0'
            indication 'Indication number 1'
            indication 'Indication number 2'
            indication 'Indication number 3'
            indication 'Indication number 4'
            indication 'Indication number 5'
            indication 'Indication number 6'
            indication 'Indication number 7'
            indication 'Indication number 8'
            indication 'Indication number 9'
            indication 'Indication number 10'
            indication 'Indication number 11'
            indication 'Indication number 12'
            indication 'Indication number 13'
            indication 'Indication number 14'
            indication 'Indication number 15'
            indication 'Indication number 16'
            indication 'Indication number 17'
            indication 'Indication number 18'
            indication 'Indication number 19'
            indication 'Indication number 20'
            indication 'Indication number 21'
            indication 'Indication number 22'
            indication 'Indication number 23'
            indication 'Indication number 24'
            indication 'Indication number 25'
            indication 'Indication number 26'
            indication 'Indication number 27'
            indication 'Indication number 28'
            indication 'Indication number 29'
            indication 'Indication number 30'
            indication 'Indication number 31'
            indication 'Indication number 32'
            indication 'Indication number 33'
            indication 'Indication number 34'
            indication 'Indication number 35'
            indication 'Indication number 36'
            indication 'Indication number 37'
            indication 'Indication number 38'
            indication 'Indication number 39'
            indication 'Indication number 40'
            indication 'Indication number 41'
            indication 'Indication number 42'
            indication 'Indication number 43'
            indication 'Indication number 44'
            indication 'Indication number 45'
            indication 'Indication number 46'
            indication 'Indication number 47'
            indication 'Indication number 48'
            indication 'Indication number 49'
            indication 'Indication number 50'
            indication 'Indication number 51'
            indication 'Indication number 52'
            indication 'Indication number 53'
            indication 'Indication number 54'
            indication 'Indication number 55'
            indication 'Indication number 56'
            indication 'Indication number 57'
            indication 'Indication number 58'
            indication 'Indication number 59'
            indication 'Indication number 60'
            indication 'Indication number 61'
            indication 'Indication number 62'
            indication 'Indication number 63'
            indication 'Indication number 64'
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
        documentation {
            requiresDocument loinc: '28626-0' within 6.months
        }
    }
    programExceptions {
        exception 'FEP'
    }
    updateHistory {
        revision '2020-01-01', 'New.'
    }
}

