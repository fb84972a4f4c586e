package dev.skiff.lambda.observability.tracing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Sends segment documents to the X-Ray daemon over UDP, each prefixed with the
 * {@code {"format":"json","version":1}} header line the daemon expects. Created only for a
 * sampled invocation; the socket opens on the first send.
 */
public final class XRayEmitter implements AutoCloseable {
    private static final byte[] HEADER = "{\"format\":\"json\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8);

    private final InetSocketAddress daemon;
    private DatagramSocket socket;

    /** @param daemonAddress {@code AWS_XRAY_DAEMON_ADDRESS}: {@code host:port}, or {@code udp:host:port tcp:host:port} */
    public XRayEmitter(String daemonAddress) {
        this.daemon = udpAddress(daemonAddress);
    }

    static InetSocketAddress udpAddress(String configured) {
        String address = configured == null || configured.isBlank() ? "127.0.0.1:2000" : configured.trim();
        for (String part : address.split("\\s+")) {
            if (part.startsWith("udp:")) {
                address = part.substring(4);
            } else if (!part.startsWith("tcp:")) {
                address = part;
            }
        }
        int colon = address.lastIndexOf(':');
        String host = colon < 0 ? address : address.substring(0, colon);
        int port = colon < 0 ? 2000 : Integer.parseInt(address.substring(colon + 1));
        return new InetSocketAddress(host, port);
    }

    /** Sends one document; a failure is dropped, since tracing must never fail a request. */
    public synchronized void send(String document) {
        byte[] body = document.getBytes(StandardCharsets.UTF_8);
        byte[] packet = new byte[HEADER.length + body.length];
        System.arraycopy(HEADER, 0, packet, 0, HEADER.length);
        System.arraycopy(body, 0, packet, HEADER.length, body.length);
        try {
            if (socket == null) {
                socket = new DatagramSocket();
            }
            socket.send(new DatagramPacket(packet, packet.length, daemon));
        } catch (IOException | RuntimeException dropped) {
            // The daemon is best effort: X-Ray itself drops what it cannot take.
        }
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
