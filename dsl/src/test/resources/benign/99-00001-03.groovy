// Benign: double-quoted strings and GStrings without expressions, and escaped quotes.
guideline("99-00001-03") {
    title "Double \"Quoted\" Strings"
    originalEffectiveDate "2020-01-01"
    disclaimer 'It\'s not an authorization; the member\'s "benefits" apply. A backslash: \\ and a dollar: \$5.'
    description {
        paragraph "Costs are quoted as \$1,000 or more; the sign is escaped, so nothing is interpolated."
        paragraph "Tabs\tand\tescapes\tare text; so is a 'single' quote in double quotes."
        paragraph 'Single-quoted text keeps ${this} and $that exactly as written.'
    }
    positionStatement {
        anyOf {
            indication "Implanted fiducial markers"
            indication "Target \"volume\" subject to daily variation", id: "daily-variation"
        }
    }
    billingCoding {
        codes("CPT") {
            code "77387", "Guidance for \"localization\" of target volume"
        }
    }
    updateHistory {
        revision "2020-01-01", "New Medical Coverage Guideline."
    }
}
