package io.coverkit.server.profile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * A measurement, not a test: load time, heap used after loading, and the time of one check of an
 * order's coverage-information extension and of one Questionnaire. Run from the checkout root with
 * the server's test class path (the command is in docs/profile-checker.md).
 */
public final class ProfileCheckerMeasurement {

    private ProfileCheckerMeasurement() {}

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        ProfileChecker checker = ProfileChecker.load();
        long loadNanos = System.nanoTime() - t0;
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("load (incl. warm-up checks): %.0f ms%n", loadNanos / 1e6);
        System.out.printf("heap used after load and GC: %.0f MB (before: %.0f MB)%n", heapAfter / 1e6, heapBefore / 1e6);

        String extJson = Checkers.read(Checkers.FIXTURES.resolve("good/doc-needed-questionnaire.json"));
        Extension ext = ((Basic) checker.fhirContext()
                        .newJsonParser()
                        .parseResource("{\"resourceType\":\"Basic\",\"code\":{\"text\":\"c\"},\"extension\":[" + extJson + "]}"))
                .getExtension()
                .get(0);
        Questionnaire form = (Questionnaire) checker.fhirContext()
                .newJsonParser()
                .parseResource(Checkers.read(Checkers.FIXTURES.resolve("questionnaire/igrt-std-questionnaire.json")));
        String hookResponse = Checkers.read(Checkers.FIXTURES.resolve("hooks/order-sign-response.json"));
        HookResponseCheck hooks = new HookResponseCheck(checker);

        report("checkExtension (one order's coverage-information)", 20_000, () -> checker.checkExtension(ext));
        report("checkQuestionnaire (IGRT-shaped form, 3 items + 2 nested)", 2_000, () -> checker.checkQuestionnaire(form));
        report("HookResponseCheck.problems (2 cards + 1 order, from JSON)", 5_000, () -> hooks.problems(hookResponse));
    }

    private static void report(String what, int iterations, java.util.function.Supplier<List<?>> check) {
        for (int i = 0; i < iterations; i++) {
            check.get();
        }
        long t0 = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < iterations; i++) {
            sink += check.get().size();
        }
        double perCall = (System.nanoTime() - t0) / 1e6 / iterations;
        System.out.printf("%s: %.3f ms per check (%d checks after %d warm-up; %d issues each)%n",
                what, perCall, iterations, iterations, sink / iterations);
    }
}
