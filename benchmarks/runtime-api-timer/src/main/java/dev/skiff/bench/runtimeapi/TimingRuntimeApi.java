package dev.skiff.bench.runtimeapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Lambda Runtime API stand-in on loopback for the runtime benchmarks: it hands a benchmark
 * event to whichever runtime asks ({@code GET /2018-06-01/runtime/invocation/next}) and reports,
 * for every answer, when the event left and when each part of the answer arrived. It stays up
 * across runs, so the JVMs measured are the runtimes alone; the script drives it through stdin
 * and reads its reports from stdout, one line each:
 *
 * <pre>{@code
 * > serve skiff-loop benchmarks/events/orders-post-v2.json 1
 * < READY skiff-loop
 * < ANSWER label=skiff-loop seq=0 kind=whole status=201 next_sent_micros=... received_micros=... last_byte_ms=...
 * < DONE skiff-loop
 * }</pre>
 *
 * <p>{@code serve} arms {@code count} events for connections opened after it (a runtime started
 * afterwards); a runtime asking for more waits until the next {@code serve}, which closes every
 * older connection. Times of day are epoch microseconds (bash's {@code $EPOCHREALTIME}, without
 * the dot, is the same clock); intervals are {@code System.nanoTime} from the moment the event
 * was about to be written, and end when the stand-in has read the bytes: a stand-in thread that
 * loses the CPU can only lengthen them. See {@link Answer} for what an answer line holds.
 */
public final class TimingRuntimeApi {
    private TimingRuntimeApi() {}

    public static void main(String[] args) throws IOException {
        PrintStream reports = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Schedule schedule = new Schedule(reports);
        ServerSocket server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> accept(server, schedule), "runtime-api-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        schedule.report("LISTENING 127.0.0.1:" + server.getLocalPort());

        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 4 && words[0].equals("serve")) {
                schedule.arm(words[1], Files.readAllBytes(Path.of(words[2])), Integer.parseInt(words[3]));
                schedule.report("READY " + words[1]);
            } else if (!line.isBlank()) {
                schedule.report("UNKNOWN " + line.trim());
            }
        }
        server.close();
    }

    private static void accept(ServerSocket server, Schedule schedule) {
        while (true) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread connection = new Thread(new RuntimeConnection(socket, schedule, schedule.generation()),
                        "runtime-api-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
