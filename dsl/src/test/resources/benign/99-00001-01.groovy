/**
 * Benign: comments everywhere. A doc comment opens the file, block comments sit between
 * arguments, and line comments end almost every line. None of them changes what is read.
 */
// The guideline number is also the file name.
guideline('99-00001-01') { // the block opens here
    /* header */ title 'Comments Everywhere' // trailing comment
    originalEffectiveDate /* the first day */ '2020-01-01'

    /**
     * The position statement, with a doc comment above it.
     */
    positionStatement {
        // a paragraph, then the criteria
        paragraph 'The service meets the definition of medical necessity when:' /* end of paragraph */
        anyOf { /* one of these */
            indication 'Implanted fiducial markers' // derived id: implanted-fiducial-markers
            indication /* text */ 'Dose escalation is planned', /* the id */ id: 'dose-escalation' // done
        } // anyOf
    } // positionStatement

    billingCoding {
        codes('CPT') { // CPT codes
            code '77387', /* descriptor: */ 'Guidance for localization of target volume' // with its descriptor
        }
        /* no documentation table in this guideline */
    }

    updateHistory {
        revision '2020-01-01', 'New Medical Coverage Guideline.' // the first revision
        /*
        revision '2021-01-01', 'A revision that was never published.'
        */
    }
} // end of guideline
/* trailing block comment */
// trailing line comment
