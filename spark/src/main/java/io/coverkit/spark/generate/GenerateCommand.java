package io.coverkit.spark.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --rows N --seed S --output FILE [--corpus FILE]}: writes N synthetic claims (see
 * {@link SyntheticClaims}) as NDJSON, the input of the Spark jobs' tests and benchmarks. A command of
 * its own ({@link #main}) that the Spark command line can mount as a subcommand.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic claims across all guidelines as NDJSON wire requests (the same seed, the same bytes).")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--rows", required = true, paramLabel = "N", description = "how many claims to write")
    long rows;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed the variations are drawn from (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the NDJSON file to write")
    Path output;

    @Option(names = "--corpus", paramLabel = "FILE", description = "the requests to copy and vary, one per line (default: ${DEFAULT-VALUE})")
    Path corpus = SyntheticClaims.DEFAULT_CORPUS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (rows < 0) {
            err.println("--rows: must be at least 0, got " + rows);
            return 2;
        }
        try {
            SyntheticClaims claims = SyntheticClaims.of(corpus, seed);
            long start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(output)) {
                claims.write(rows, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf("generated %d claims from %d corpus lines (seed %d) to %s in %.1f s%n", rows, claims.corpusSize(), seed, output,
                    seconds);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(output + ": error: cannot write: " + e.getMessage());
            return 1;
        }
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }
}
