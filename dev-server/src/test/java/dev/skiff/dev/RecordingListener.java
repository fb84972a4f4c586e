package dev.skiff.dev;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records the dev server's events so that a test can wait for the next one. */
final class RecordingListener implements DevListener {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void reloaded(int version, long millis) {
        events.add("reloaded " + version);
    }

    @Override
    public void reloadFailed(String reason) {
        events.add("reload failed: " + reason);
    }

    @Override
    public void compileFailed(List<String> errors) {
        events.add("compile failed: " + String.join("\n", errors));
    }

    /** The next event; fails the test when none comes within 30 s (a hang, not a timing claim). */
    String next() throws InterruptedException {
        String event = events.poll(30, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("the dev server reported nothing");
        }
        return event;
    }
}
