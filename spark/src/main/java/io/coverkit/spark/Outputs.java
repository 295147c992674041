package io.coverkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Where a job's rows go: a path ending in {@code .ndjson} gets NDJSON, one file (or, asked for,
 * a folder of part files), any other path Parquet. Rows are written to a hidden folder beside the
 * output and moved onto it only when every task is done, so a job that fails leaves the output as
 * it was, and a task Spark retries writes its part again rather than twice.
 */
final class Outputs {

    private Outputs() {}

    /** True when {@code path} gets NDJSON. */
    static boolean ndjson(String path) {
        return path.endsWith(".ndjson");
    }

    /**
     * Writes {@code rows}: for NDJSON, a one-column dataset of ready JSON lines (text, or UTF-8
     * bytes) is written as it is, any other dataset a JSON object a row.
     *
     * @param parts keep NDJSON as a folder of part files rather than one file
     */
    static void write(SparkSession spark, Dataset<Row> rows, String path, boolean parts) {
        Path target = new Path(path);
        Path temporary = new Path(target.getParent(), "." + target.getName() + ".in-progress");
        try {
            FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!ndjson(path)) {
                rows.write().mode(SaveMode.Overwrite).parquet(temporary.toString());
                replace(fs, temporary, target);
            } else if (rows.schema().fields().length == 1) {
                // Records made as UTF-8 bytes are taken as text without decoding them (DecidePartition.RECORD).
                Dataset<Row> text = rows.schema().fields()[0].dataType() instanceof BinaryType
                        ? rows.select(rows.col(rows.columns()[0]).cast(DataTypes.StringType)) : rows;
                text.write().mode(SaveMode.Overwrite).text(temporary.toString());
                finishNdjson(fs, temporary, target, parts);
            } else {
                rows.write().mode(SaveMode.Overwrite).option("dateFormat", "yyyy-MM-dd").json(temporary.toString());
                finishNdjson(fs, temporary, target, parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot be written", e);
        }
    }

    private static void finishNdjson(FileSystem fs, Path temporary, Path target, boolean parts) throws IOException {
        if (parts) {
            replace(fs, temporary, target);
            return;
        }
        // One file: the part files in partition order, which is the claims' order.
        FileStatus[] files = fs.listStatus(temporary, p -> p.getName().startsWith("part-"));
        Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
        Path joined = new Path(temporary, "joined");
        if (fs.exists(target)) {
            fs.delete(target, true);
        }
        // The joined file is the user's, not Hadoop's: no hidden checksum file beside it on a local disk.
        FileSystem plain = fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
        try (OutputStream out = plain.create(joined, true)) {
            for (FileStatus f : files) {
                try (InputStream in = fs.open(f.getPath())) {
                    in.transferTo(out);
                }
            }
        }
        if (!plain.rename(joined, target)) {
            throw new IOException("cannot move " + joined + " onto " + target);
        }
        fs.delete(temporary, true);
    }

    private static void replace(FileSystem fs, Path temporary, Path target) throws IOException {
        if (fs.exists(target)) {
            fs.delete(target, true);
        }
        if (!fs.rename(temporary, target)) {
            throw new IOException("cannot move " + temporary + " onto " + target);
        }
    }
}
