package dev.skiff.dev;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Shared by the test and the application versions it compiles (loaded by the parent class
 * loader, so every version sees the same one): holds a request inside its handler.
 */
public final class Gate {
    private static volatile CountDownLatch entered = new CountDownLatch(1);
    private static volatile CountDownLatch released = new CountDownLatch(1);

    private Gate() {}

    static void reset() {
        entered = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** Called by a handler: signals that it runs, then waits for the test. */
    public static void enter() throws InterruptedException {
        entered.countDown();
        if (!released.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the gate");
        }
    }

    static boolean awaitEntered() throws InterruptedException {
        return entered.await(30, TimeUnit.SECONDS);
    }

    static void release() {
        released.countDown();
    }
}
