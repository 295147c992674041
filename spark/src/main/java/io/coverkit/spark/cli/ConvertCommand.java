package io.coverkit.spark.cli;

import io.coverkit.spark.ClaimsInput;
import io.coverkit.spark.CoverkitJobs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code convert}: an NDJSON file of wire requests into a Parquet claims table. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write an NDJSON file of wire requests as a Parquet claims table (the claims schema), each line's number its claim id.")
final class ConvertCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "FILE", required = true, description = "one NDJSON file of wire requests")
    String input;

    @Option(names = "--output", paramLabel = "PATH", required = true, description = "the Parquet claims table to write")
    String output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the one spark-submit gives, else local[*])")
    String master;

    @Override
    public Integer call() {
        CoverkitJobs.Converted converted = JobSession.run("convert", master,
                spark -> CoverkitJobs.convert(spark, ClaimsInput.read(spark, input, "ndjson"), output), CoverkitJobs.Converted::lines);
        if (converted.unreadable() > 0) {
            System.err.println("coverkit-spark: " + converted.unreadable() + " lines are not requests and were left out; one: "
                    + converted.example());
        }
        System.out.println("converted " + (converted.lines() - converted.unreadable()) + " of " + converted.lines() + " lines");
        return 0;
    }
}
