package io.coverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.api.GuidelineLibrary;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void sparkRuns() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("t").config("spark.ui.enabled", "false").getOrCreate();
        long t = System.nanoTime();
        assertEquals(10, spark.range(10).count());
        GuidelineLibrary lib = GuidelineLibrary.load(Path.of("policies"));
        System.out.println("loaded " + lib.guidelineIds() + " " + (System.nanoTime() - t) / 1e6);
        spark.stop();
    }
}
