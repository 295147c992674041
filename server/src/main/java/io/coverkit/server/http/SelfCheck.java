package io.coverkit.server.http;

import io.coverkit.server.ResponseCheck;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log-only self-check of hook responses: each body is queued after it is sent and checked on
 * one background thread. The queue is bounded; when it is full the body is dropped and counted, so
 * a slow check can never delay, alter or pile up behind a response.
 */
final class SelfCheck implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheck.class);

    private final ResponseCheck check;
    private final BlockingQueue<Item> queue;
    private final Thread worker;
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong withProblems = new AtomicLong();
    private volatile boolean closed;

    private record Item(String where, byte[] body) {}

    SelfCheck(ResponseCheck check, int capacity) {
        this.check = check;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::drain, "coverkit-self-check");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    /** Queues a sent hook response for checking; never blocks. */
    void offer(String where, byte[] body) {
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
    }
}
