package dev.skiff.local;

/**
 * Run by {@link SigtermTest} in its own JVM: {@link LocalServer#run} on the test application,
 * where the slow request is let go only once the JVM has been told to stop, so that it is
 * certainly in flight when the signal arrives.
 */
public final class SigtermMain {
    private SigtermMain() {}

    public static void main(String[] args) {
        TestApplication app = new TestApplication("after SIGTERM");
        Thread reporter = new Thread(() -> {
            try {
                app.waiting.await();
                System.out.println("IN-FLIGHT");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reporter.setDaemon(true);
        reporter.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            app.release.countDown();
        }));
        LocalServer.run(app.application());
        System.out.println("EXITED");
    }
}
