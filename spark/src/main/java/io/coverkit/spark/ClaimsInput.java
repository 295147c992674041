package io.coverkit.spark;

import io.coverkit.spark.rows.ClaimsSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Claims to decide: typed rows of the claims schema (Parquet, or any format Spark reads), or the
 * lines of an NDJSON file of wire requests, each with its line number, as {@code coverkit batch}
 * reads them.
 *
 * @param rows the claim rows, or the {@link #LINES} rows of an NDJSON file
 * @param lines true when {@code rows} are NDJSON lines
 */
public record ClaimsInput(Dataset<Row> rows, boolean lines) {

    /** An NDJSON file's lines: the line number (1-based) and its text. */
    public static final StructType LINES = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField(ClaimsSchema.LINE, DataTypes.LongType, false),
        DataTypes.createStructField("request", DataTypes.BinaryType, false)});

    /**
     * How many tasks a core gets at least, so that the last wave leaves the other cores little to
     * wait for: at 4, 1,000,000 Parquet claims made 7 tasks on 2 cores, the seventh alone for 8 of
     * 70 s (bench/spark); at 8 the last wave is about half as long.
     */
    private static final int TASKS_PER_CORE = 8;

    /** The smallest NDJSON split: below that, a task's start costs more than the balance gains. */
    private static final long SMALLEST_SPLIT = 4L << 20;

    /**
     * Reads claims at {@code path}. Without a format, a path ending in {@code .ndjson} or
     * {@code .jsonl} is one NDJSON file of wire requests and anything else is Parquet; a format
     * names one: {@code ndjson}, {@code parquet}, {@code json} (wire requests read by Spark's JSON
     * reader into the claims schema), or any source Spark has (such as {@code orc}, or
     * {@code delta} and {@code iceberg} when on the class path).
     */
    public static ClaimsInput read(SparkSession spark, String path, String format) {
        String kind = format != null ? format.toLowerCase(Locale.ROOT)
                : path.endsWith(".ndjson") || path.endsWith(".jsonl") ? "ndjson" : "parquet";
        return switch (kind) {
            case "ndjson" -> new ClaimsInput(lines(spark, path), true);
            case "json" -> new ClaimsInput(spark.read().schema(ClaimsSchema.REQUEST).json(path), false);
            default -> {
                SessionSettings.tasksEveryCore(spark, TASKS_PER_CORE);
                yield new ClaimsInput(spark.read().format(kind).load(path), false);
            }
        };
    }

    /** Claim rows already in a dataset, such as a table. */
    public static ClaimsInput of(Dataset<Row> claims) {
        return new ClaimsInput(claims, false);
    }

    /**
     * The lines of one NDJSON file with their numbers, as bytes: decoded on the executor as a batch
     * decodes them, so bytes that are not UTF-8 make that line's error record rather than a
     * replaced character. A line ends at {@code \n} (a {@code \r} before it is dropped), as in a
     * batch. Numbering counts each split's lines first (a pass that only cuts lines), since a split
     * does not know how many lines come before it.
     */
    private static Dataset<Row> lines(SparkSession spark, String path) {
        Path file = new Path(path);
        long length;
        try {
            FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus status = fs.getFileStatus(file);
            length = status.getLen();
            if (status.isDirectory()) {
                throw new IllegalArgumentException(path + ": NDJSON input is one file, as coverkit batch reads;"
                        + " for a folder of claims, write them as Parquet (coverkit-spark convert)");
            }
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException(path + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot be read", e);
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        // At least TASKS_PER_CORE splits a core (the file system's block size stays the largest):
        // 91 MB of claims made 3 splits of 32 MB on 2 cores, one core idle for the last third.
        long split = Math.max(SMALLEST_SPLIT, length / ((long) TASKS_PER_CORE * context.defaultParallelism()));
        if (conf.get("mapreduce.input.fileinputformat.split.maxsize") == null) {
            conf.setLong("mapreduce.input.fileinputformat.split.maxsize", split);
        }
        JavaRDD<byte[]> lines = context.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf)
                .map(pair -> lineBytes(pair._2()));
        JavaRDD<Row> rows = lines.zipWithIndex().map(t -> RowFactory.create(t._2() + 1, t._1()));
        return spark.createDataFrame(rows, LINES);
    }

    // The reader reuses its Text: each line's bytes are copied out, without a trailing '\r'.
    private static byte[] lineBytes(Text text) {
        int length = text.getLength();
        if (length > 0 && text.getBytes()[length - 1] == '\r') {
            length--;
        }
        return java.util.Arrays.copyOf(text.getBytes(), length);
    }
}
