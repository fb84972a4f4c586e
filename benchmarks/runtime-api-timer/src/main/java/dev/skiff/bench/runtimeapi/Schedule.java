package dev.skiff.bench.runtimeapi;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which events the stand-in hands out, to which connections, and where answers are reported. */
final class Schedule {
    /** An event on its way to a runtime. */
    record Delivery(int generation, String label, int seq, String requestId, byte[] event) {}

    /** An event that left, and when: {@code System.nanoTime} and epoch microseconds. */
    record Sent(Delivery delivery, long nanos, long epochMicros) {}

    private final PrintStream reports;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private int generation;
    private String label = "none";
    private byte[] event = new byte[0];
    private int count;
    private int delivered;
    private int answered;

    Schedule(PrintStream reports) {
        this.reports = reports;
    }

    synchronized int generation() {
        return generation;
    }

    /** Arms {@code count} deliveries of {@code event} for connections opened from now on. */
    synchronized void arm(String label, byte[] event, int count) {
        generation++;
        this.label = label;
        this.event = event;
        this.count = count;
        delivered = 0;
        answered = 0;
        sent.clear();
        notifyAll();
    }

    /**
     * The next event for a connection of {@code connectionGeneration}, waiting while none is
     * armed; null once a later {@code serve} made the connection stale.
     */
    synchronized Delivery take(int connectionGeneration) throws InterruptedException {
        while (generation == connectionGeneration && delivered == count) {
            wait();
        }
        if (generation != connectionGeneration) {
            return null;
        }
        int seq = delivered++;
        return new Delivery(generation, label, seq, label + "-" + generation + "-" + seq, event);
    }

    void sent(Delivery delivery, long nanos, long epochMicros) {
        sent.put(delivery.requestId(), new Sent(delivery, nanos, epochMicros));
    }

    Sent sentFor(String requestId) {
        return sent.get(requestId);
    }

    /** Reports an answer; after the armed count, {@code DONE}. */
    synchronized void answered(Sent to, Answer answer) {
        if (to.delivery().generation() != generation) {
            return; // a late answer of an earlier run
        }
        report("ANSWER " + answer.line(to));
        if (++answered == count) {
            report("DONE " + label);
        }
    }

    /** The runtime could not start: nothing else will come from it. */
    synchronized void initFailed(String body) {
        report("ANSWER label=" + label + " seq=-1 kind=init_error error=" + body.replaceAll("\\s+", "_"));
        report("DONE " + label);
    }

    void report(String line) {
        synchronized (reports) {
            reports.println(line);
        }
    }
}
