package io.github.darkfactory.factory.io;

/** Waiting for a thread that owns processes, which must be waited for even when the waiter is interrupted. */
public final class Threads {

    private Threads() {
    }

    /**
     * Waits until {@code thread} ended, however often this thread is interrupted meanwhile; returns
     * whether it was, for the caller to restore once its own waits are done.
     */
    public static boolean joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        return interrupted;
    }
}
