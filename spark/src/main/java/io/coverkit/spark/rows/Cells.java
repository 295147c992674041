package io.coverkit.spark.rows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import scala.collection.immutable.ArraySeq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Java values of Spark row cells, whichever of Spark's external types a row holds them in:
 * dates as {@link LocalDate} (with {@code spark.sql.datetime.java8API.enabled}) or
 * {@link java.sql.Date}, arrays as Scala sequences or Java lists, maps as Scala or Java maps. Rows
 * read from a table and rows built by hand both work, without reflection.
 */
final class Cells {

    private Cells() {}

    /** A date cell as a {@link LocalDate}; null for null. */
    static LocalDate date(Object cell) {
        if (cell == null || cell instanceof LocalDate) {
            return (LocalDate) cell;
        }
        if (cell instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalArgumentException("a date cell holds a " + cell.getClass().getSimpleName());
    }

    /** An array cell as a list (a view, not a copy); null for null. */
    static List<?> list(Object cell) {
        if (cell == null || cell instanceof List<?>) {
            return (List<?>) cell;
        }
        if (cell instanceof scala.collection.Seq<?> seq) {
            return CollectionConverters.asJava(seq);
        }
        if (cell instanceof Object[] array) {
            return Arrays.asList(array);
        }
        throw new IllegalArgumentException("an array cell holds a " + cell.getClass().getSimpleName());
    }

    /** A map cell as a map (a view, not a copy); null for null. */
    static Map<?, ?> map(Object cell) {
        if (cell == null || cell instanceof Map<?, ?>) {
            return (Map<?, ?>) cell;
        }
        if (cell instanceof scala.collection.Map<?, ?> map) {
            return CollectionConverters.asJava(map);
        }
        throw new IllegalArgumentException("a map cell holds a " + cell.getClass().getSimpleName());
    }

    /** A measure as written: its digits without the trailing zeros a fixed decimal scale adds, never a negative scale. */
    static BigDecimal measure(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A list as an array cell: a Scala sequence over a copy, the type Spark's row encoders expect. */
    static ArraySeq<Object> seq(Object[] items) {
        return ArraySeq.unsafeWrapArray(items);
    }

    /** A list of strings as an array cell; null for null. */
    static ArraySeq<Object> texts(List<String> items) {
        return items == null ? null : seq(items.toArray());
    }

    /** A map as a map cell: a Scala view of it; null for null. */
    static scala.collection.Map<String, Boolean> map(Map<String, Boolean> map) {
        return map == null ? null : CollectionConverters.asScala(map);
    }
}
