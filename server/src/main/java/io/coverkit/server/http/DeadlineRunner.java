package io.coverkit.server.http;

import io.coverkit.server.Reply;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs endpoint work with a deadline: the server's thread waits for the answer for at most the
 * deadline, then answers 503 itself and interrupts the work. The work runs on a bounded pool of its
 * own, so a handler that never returns costs one pool thread, not the client's patience.
 */
final class DeadlineRunner implements AutoCloseable {

    /** The work outlived its deadline. */
    static final class DeadlineExceeded extends Exception {
        private static final long serialVersionUID = 1L;

        DeadlineExceeded() {
            super("the request took longer than the server's deadline", null, false, false);
        }
    }

    /** The pool is full: every handler thread is busy and the queue is full too. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("the server is busy", null, false, false);
        }
    }

    private final ThreadPoolExecutor pool;
    private final long deadlineNanos;

    DeadlineRunner(int threads, Duration deadline) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "coverkit-handler-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // Queued work waits for a thread; the queue is bounded so an overload is answered 503, not buffered forever.
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(threads * 16), factory);
        pool.allowCoreThreadTimeOut(true);
        this.deadlineNanos = deadline.toNanos();
    }

    /**
     * The work's reply, once it is done within the deadline.
     *
     * @throws DeadlineExceeded when it is not done in time (it is then interrupted)
     * @throws Busy when no thread can take it
     */
    Reply run(Supplier<Reply> work) throws DeadlineExceeded, Busy, InterruptedException {
        Future<Reply> future;
        try {
            future = pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        try {
            return future.get(deadlineNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DeadlineExceeded();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
