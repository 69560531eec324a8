package io.github.darkfactory.factory.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One run at a time per lock file, across processes. The operating system's file lock does the
 * excluding, so a holder that dies (even by SIGKILL) releases it; the file's text names the holder,
 * so a waiting run can say whom it waits for, and text left behind by a holder that died tells the
 * next run that it takes over. The file is emptied, never deleted: deleting a lock file that another
 * process has open would let a third one lock a new file beside it.
 */
public final class RunLock implements AutoCloseable {

    /** What a run hears while it gets the lock. */
    public interface Listener {
        void waiting(Holder holder);

        void tookOver(Holder stale);
    }

    /** Who holds (or held) the lock, as its text says. */
    public record Holder(long pid, Instant since, String what) {

        static Optional<Holder> parse(String text) {
            String[] fields = text.strip().split("\n");
            if (fields.length < 3) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Holder(Long.parseLong(fields[0]), Instant.parse(fields[1]), fields[2]));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }

        String text() {
            return pid + "\n" + since + "\n" + what + "\n";
        }

        public boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** The lock stayed taken for the whole timeout. */
    public static final class TimedOut extends Exception {

        private final transient Holder holder;

        TimedOut(Path file, Holder holder) {
            super(file + " is held by process " + (holder == null ? "?" : holder.pid()));
            this.holder = holder;
        }

        /** The holder, or null when its text could not be read. */
        public Holder holder() {
            return holder;
        }
    }

    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits up to {@code timeout} for the lock, telling the listener once whom it waits for.
     *
     * @param what a few words on the run that takes the lock, shown to runs that wait for it
     */
    public static RunLock acquire(Path file, Duration timeout, String what, Listener listener)
            throws IOException, InterruptedException, TimedOut {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    RunLock held = new RunLock(channel, lock);
                    held.takeOverFrom(listener, what);
                    return held;
                }
                Holder holder = Holder.parse(read(channel)).orElse(null);
                if (System.nanoTime() >= deadline) {
                    throw new TimedOut(file, holder);
                }
                if (!told && holder != null) {
                    listener.waiting(holder);
                    told = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException | InterruptedException | TimedOut | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            // a byte past any holder text: on Windows a locked range cannot be read by the waiting run
            return channel.tryLock(Long.MAX_VALUE - 1, 1, false);
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /** Text left by an earlier holder means it died holding the lock: say so, then write our own. */
    private void takeOverFrom(Listener listener, String what) throws IOException {
        Holder.parse(read(channel)).ifPresent(listener::tookOver);
        Holder self = new Holder(ProcessHandle.current().pid(), Instant.now(), what);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(self.text().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** Empties the file and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
