// Benign: multi-line strings are carried verbatim, line breaks and indentation included.
guideline('99-00001-02') {
    title '''Multi-line Strings'''
    originalEffectiveDate '2020-01-01'
    description {
        paragraph '''First line of the description.
  Second line, indented by two spaces.
Third line with 'single quotes' and "double quotes" inside.'''
        paragraph """A triple-double-quoted paragraph
without any interpolation, so it is plain text."""
    }
    positionStatement {
        paragraph '''The service meets the definition of medical necessity for:'''
        anyOf {
            indication '''Implanted fiducial markers'''
        }
    }
    billingCoding {
        codes('CPT') {
            code '77387'
        }
    }
    updateHistory {
        revision '2020-01-01', '''New Medical Coverage Guideline.
Published with a two-line entry.'''
    }
}
