package org.newskg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.server.FusekiLauncher;
import org.newskg.server.ServerSettings;

/** --host: loopback by default, every interface when asked. */
class ListenAddressIT {
    @TempDir
    Path tmp;

    /** This machine's first IPv4 address that is not loopback, if it has one. */
    static Optional<InetAddress> outsideAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(ListenAddressIT::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
    }

    private static boolean up(NetworkInterface n) {
        try {
            return n.isUp();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void the_default_server_is_out_of_reach_of_other_machines_and_0_0_0_0_is_not() throws Exception {
        Optional<InetAddress> outside = outsideAddress();
        assumeTrue(outside.isPresent(), "this machine has no address but loopback: nothing to test");
        Path config = Seeds.home().resolve("fuseki-config/config.ttl");
        FusekiServer local = FusekiLauncher.build(config, tmp.resolve("a"), ServerSettings.onLoopback(0));
        local.start();
        try {
            assertEquals(false, connects(outside.get(), local.getPort()));
            assertEquals(true, connects(InetAddress.getLoopbackAddress(), local.getPort()));
        } finally {
            local.stop();
        }
        FusekiServer open = FusekiLauncher.build(config, tmp.resolve("b"), ServerSettings.onLoopback(0).withHost("0.0.0.0"));
        open.start();
        try {
            assertEquals(true, connects(outside.get(), open.getPort()));
        } finally {
            open.stop();
        }
    }

    @Test
    void a_row_cap_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ServerSettings.onLoopback(0).withMaxRows(0));
    }
}
