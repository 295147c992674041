package io.coverkit.server.http;

import io.coverkit.server.ResponseCheck;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log-only self-check of hook responses: a body is queued after it is sent and checked on one
 * background thread. The queue is bounded; when it is full the body is dropped and counted, so a
 * slow check can never delay, alter or pile up behind a response.
 *
 * <p>{@link Sampling}: not every response is checked. The first answer of each service is, then one
 * in {@code every} (1: all, 0: none). A check (the CRD and DTR profiles' constraints over the
 * response) costs about twice what answering does (measured, IGRT order-sign under 8 clients: 0.72
 * ms of server CPU per request checking every answer, 0.27 ms checking none, so about 0.55 ms a
 * check); {@code coverkit serve} checks one in 1,000 by default ({@code --self-check-every}), a
 * few checks a second under load, and still each service's first answer. One in 100 was tried
 * first: the checks then land on one answer in 100 exactly, on the other core, and at one client
 * they alone moved p99 from 0.69 to 0.91 ms against the baseline's 0.40-0.44 (bench/load, same
 * machine, one run each).
 */
final class SelfCheck implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheck.class);

    private final ResponseCheck check;
    private final BlockingQueue<Item> queue;
    private final Thread worker;
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong withProblems = new AtomicLong();
    private final Sampling sampling;
    private volatile boolean closed;

    private record Item(String where, byte[] body) {}

    /**
     * Which responses are checked: each service's first, then one in {@code every}; counts the
     * others as skipped.
     */
    static final class Sampling {
        private final int every;
        private final ConcurrentHashMap<String, AtomicLong> seen = new ConcurrentHashMap<>();
        final AtomicLong skipped = new AtomicLong();

        Sampling(int every) {
            if (every < 0) {
                throw new IllegalArgumentException("the self-check samples one response in N, N >= 0 (0: none), not " + every);
            }
            this.every = every;
        }

        boolean take(String where) {
            if (every == 0) {
                skipped.incrementAndGet();
                return false;
            }
            long n = seen.computeIfAbsent(where, w -> new AtomicLong()).getAndIncrement();
            if (n % every == 0) {
                return true;
            }
            skipped.incrementAndGet();
            return false;
        }
    }

    SelfCheck(ResponseCheck check, int capacity, int every) {
        this.check = check;
        this.sampling = new Sampling(every);
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::drain, "coverkit-self-check");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    /** Queues a sent hook response for checking when the sampling takes it; never blocks. */
    void offer(String where, byte[] body) {
        if (!sampling.take(where)) {
            return;
        }
        if (closed || !queue.offer(new Item(where, body))) {
            dropped.incrementAndGet();
        }
    }

    /** Responses checked so far. */
    long checked() {
        return checked.get();
    }

    /** Responses not checked because the queue was full. */
    long dropped() {
        return dropped.get();
    }

    /** Responses the sampling left unchecked. */
    long skipped() {
        return sampling.skipped.get();
    }

    /** One response in how many is checked (0: none). */
    int every() {
        return sampling.every;
    }

    /** Responses in which the check found problems. */
    long withProblems() {
        return withProblems.get();
    }

    private void drain() {
        while (!closed || !queue.isEmpty()) {
            Item item;
            try {
                item = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (item != null) {
                checkOne(item);
            }
        }
    }

    private void checkOne(Item item) {
        try {
            List<String> problems = check.problems(new String(item.body(), StandardCharsets.UTF_8));
            if (!problems.isEmpty()) {
                withProblems.incrementAndGet();
                LOG.warn("self-check: the response to {} has {} problem(s): {}", item.where(), problems.size(), String.join("; ", problems));
            }
        } catch (RuntimeException | LinkageError e) {
            // The check is a diagnostic aid: its own failure is logged, never passed on.
            LOG.warn("self-check: checking the response to {} failed: {}", item.where(), e.toString());
        } finally {
            checked.incrementAndGet();
        }
    }

    /** Stops taking bodies; what is queued is still checked, for up to two seconds. */
    @Override
    public void close() {
        closed = true;
        try {
            worker.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("self-check: {} response(s) checked, {} with problems; {} skipped (one in {} checked); {} dropped (queue full)",
                checked(), withProblems(), skipped(), every(), dropped());
    }
}
