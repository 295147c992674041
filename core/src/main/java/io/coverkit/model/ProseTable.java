package io.coverkit.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A table of the published text that decides nothing (a contractor list, a scale, a list of
 * public versions), carried cell by cell, each row dated like any other clause.
 *
 * @param caption a line printed above the header, or empty
 * @param header the column headings, or empty for a table without a header row
 */
public record ProseTable(String caption, List<String> header, List<Row> rows, Validity validity, SourceRef at)
        implements Serializable, InForce {

    /** One row of cells, verbatim. */
    public record Row(List<String> cells, Validity validity, SourceRef at) implements Serializable, InForce {
        public Row {
            cells = List.copyOf(cells);
            validity = validity == null ? Validity.ALWAYS : validity;
        }
    }

    public ProseTable {
        caption = caption == null ? "" : caption;
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(at, "a table needs a source position");
    }

    /** The table as in force on {@code date}: only the rows in force then. */
    ProseTable asOf(java.time.LocalDate date) {
        return new ProseTable(caption, header, Dated.inForce(rows, date), validity, at);
    }
}
