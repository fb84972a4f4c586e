package dev.skiff.lambda.observability.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class TracingPiecesTest {

    @Test
    void traceHeader_readsRootParentAndSampled() {
        assertThat(TraceHeader.parse("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a:1"))
                .contains(new TraceHeader("1-5759e988-bd862e3fe1be46a994272793", "53995c3f42cd8ad8", true));
        assertThat(TraceHeader.parse("Root=1-abc;Sampled=0")).contains(new TraceHeader("1-abc", null, false));
        assertThat(TraceHeader.parse("Parent=1;Sampled=1")).isEmpty();
        assertThat(TraceHeader.parse(null)).isEmpty();
    }

    @Test
    void invocationHeader_comesFromTheContextFirst_thenTheEnvironment() {
        String fromEnvironment = "Root=1-env;Sampled=1";
        assertThat(TraceHeader.ofInvocation("Root=1-context;Sampled=0", fromEnvironment).map(TraceHeader::root))
                .contains("1-context");
        assertThat(TraceHeader.ofInvocation(null, fromEnvironment).map(TraceHeader::root)).contains("1-env");
    }

    @Test
    void daemonAddress_acceptsPlainAndUdpTcpForms() {
        assertThat(XRayEmitter.udpAddress("169.254.79.129:2000")).isEqualTo(new InetSocketAddress("169.254.79.129", 2000));
        assertThat(XRayEmitter.udpAddress("tcp:127.0.0.1:2000 udp:127.0.0.2:2001"))
                .isEqualTo(new InetSocketAddress("127.0.0.2", 2001));
        assertThat(XRayEmitter.udpAddress(null)).isEqualTo(new InetSocketAddress("127.0.0.1", 2000));
    }
}
