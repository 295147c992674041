package io.coverkit.diagnostic;

import io.coverkit.annotations.API;

/**
 * Every diagnostic code coverkit reports. A code keeps its meaning forever; retired codes are
 * never reused. The table in README.md lists the same codes.
 */
@API(status = API.Status.STABLE)
public enum DiagnosticCode {
    // Pre-parse gate: the bytes themselves.
    G001("file is larger than the limit"),
    G002("line is longer than the limit"),
    G003("file is not valid UTF-8"),
    G004("forbidden character (control or bidirectional override)"),
    G005("brackets nested deeper than the limit"),
    G006("file cannot be read"),
    G007("parsing took longer than the limit"),
    G008("syntax chained or nested deeper than the limit"),
    G009("reading the file went over its time or memory budget"),
    G010("more diagnostics than are shown"),
    // Parser.
    P001("syntax error"),
    // Vocabulary reader: the shape of the file.
    R001("unknown keyword"),
    R002("keyword not allowed in this block"),
    R003("construct outside the vocabulary"),
    R004("wrong argument"),
    R005("unknown named argument"),
    R006("missing argument"),
    R007("keyword given more than once"),
    R008("missing required keyword"),
    // Values.
    V001("invalid date"),
    V002("invalid code"),
    V003("invalid id"),
    V004("unknown line of business"),
    V005("invalid value"),
    V006("invalid guideline id"),
    // Guideline validation: meaning across clauses.
    C001("duplicate id"),
    C002("revision history out of order or repeated"),
    C003("dates disagree"),
    C004("time frame disagrees with its modifier"),
    C005("undeclared time frame modifier"),
    C006("duplicate code"),
    C007("no procedure codes"),
    C008("guideline id repeated across files"),
    C009("guideline id does not match the file name"),
    C010("too many indications"),
    C011("dated content does not change on a revision date"),
    C012("update history entry disagrees with the modeled content"),
    C013("change to content already in force on a past date"),
    C014("corrected past content"),
    C015("revision lock cannot be read"),
    C016("procedure code does not match its code system"),
    C017("duplicate indication text"),
    C018("time window is not positive"),
    C019("clause can never decide"),
    C020("age range is empty"),
    C021("diagnosis code range ends before it starts"),
    C022("reference to an undeclared name"),
    C023("contradictory or incomplete therapy criterion"),
    // claim context and code scopes (helper `context`)
    C030("contradictory or impossible claim context criterion"),
    // Numbers, closed-world facts, versioning and lines of business (issue 17, families 2, 4, 8, 10).
    C040("one quantity stated in different units"),
    C041("a clause's dates fall outside its block's"),
    C042("empty date interval"),
    C043("quantity bounds admit no value"),
    // Issue 17, families 3 and 7: time relations and dated series.
    C044("time or count bounds that nothing can meet");

    private final String summary;

    DiagnosticCode(String summary) {
        this.summary = summary;
    }

    /** One line saying what the code means, for the docs. */
    public String summary() {
        return summary;
    }
}
