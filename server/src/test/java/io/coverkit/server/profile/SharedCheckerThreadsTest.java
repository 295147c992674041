package io.coverkit.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One checker shared by several threads gives each the answer it gives one thread. */
class SharedCheckerThreadsTest {

    @Test
    void concurrentChecksAgreeWithSequentialOnes() throws Exception {
        String good = Checkers.read(Checkers.FIXTURES.resolve("good/doc-needed-questionnaire.json"));
        String broken = Checkers.read(Checkers.FIXTURES.resolve("broken/not-covered-with-pa-needed.json"));
        List<String> expectedGood = keys(Checkers.checkExtensionJson(good));
        List<String> expectedBroken = keys(Checkers.checkExtensionJson(broken));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<Boolean> run = () -> {
                    for (int i = 0; i < 200; i++) {
                        if (!keys(Checkers.checkExtensionJson(good)).equals(expectedGood)
                                || !keys(Checkers.checkExtensionJson(broken)).equals(expectedBroken)) {
                            return false;
                        }
                    }
                    return true;
                };
                runs.add(pool.submit(run));
            }
            for (Future<Boolean> run : runs) {
                assertEquals(true, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("coverkit-ci-2.0.1-q2"), expectedBroken);
    }

    private static List<String> keys(List<ProfileIssue> issues) {
        return issues.stream().filter(ProfileIssue::isError).map(ProfileIssue::key).collect(Collectors.toList());
    }
}
