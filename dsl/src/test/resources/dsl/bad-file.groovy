// A policy with one of each common mistake; bad-file.expected lists what the reader says.
import java.io.File
guideline('99-00000-01') {
    title "Bad ${1}"
    originalEffectiveDate '2020-02-30'
    def helper = 'x'
    positionStatement {
        anyOf {
            indicaton 'Implanted fiducial markers'
            indication 'Dose escalation', id: 'Dose_Escalation'
            code '77387'
        }
    }
    billingCoding {
        codes('CPT') {
            code '7738'
        }
        documentation {
            requiresDocument loinc: '28626-1', nmae: 'x' within 6.months
            requiresDocument loinc: '18741-9'
        }
    }
    programExceptions {
        exception 'FEDERAL'
        exception 'SAO', follow: 'elsewhere'
    }
    'ls'.execute()
    updateHistory {
        revision '2020-01-01', 'New.', 'extra'
    }
}
