package io.errcat.samples.faas;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;

/**
 * What Tomcat does not bound by itself: connections per client address, and the total time a
 * connection may take to deliver a request. Tomcat's timeouts are per read, so a client that
 * drips one header byte a second holds its connection, buffers included, for as long as it
 * likes; thousands of them exhaust the heap. The guard
 *
 * <ul>
 *   <li>closes a connection at once when its address already holds {@link
 *       ServerLimits#maxConnectionsPerClient()} (Tomcat's {@code maxConnections} bounds the
 *       total);
 *   <li>knows for each connection since when it has been waiting for a request (its opening or
 *       its previous answer) or serving one ({@link #valve()} marks both), and once a second shuts
 *       the input of every connection past {@link ServerLimits#requestTimeout()} in its phase:
 *       Tomcat then reads the end of the stream and closes the connection through its own path,
 *       so its connection count and buffers stay right.
 * </ul>
 */
final class ConnectionGuard implements AutoCloseable {
  /** One connection's phase: waiting for a request, or serving one, since a time. */
  private static final class Phase {
    final SocketChannel channel;
    final InetAddress client;
    final String peer;
    volatile long sinceNanos = System.nanoTime();

    Phase(SocketChannel channel, InetAddress client, String peer) {
      this.channel = channel;
      this.client = client;
      this.peer = peer;
    }
  }

  private final ServerLimits limits;
  private final Map<SocketChannel, Phase> byChannel = new ConcurrentHashMap<>();
  private final Map<String, Phase> byPeer = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "faas-connection-guard");
    t.setDaemon(true);
    return t;
  });

  ConnectionGuard(ServerLimits limits) {
    this.limits = limits;
    sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
  }

  /**
   * Tomcat's NIO protocol on an endpoint that asks this guard before it takes a connection.
   *
   * @return the protocol handler, for {@code new Connector(handler)}
   */
  Http11NioProtocol protocol() {
    return new Http11NioProtocol(new NioEndpoint() {
      @Override
      protected boolean setSocketOptions(SocketChannel socket) {
        if (!admit(socket)) {
          destroySocket(socket); // closes it and counts it down, as Tomcat's own refusals do
          return false;
        }
        return super.setSocketOptions(socket);
      }
    });
  }

  /**
   * The valve that marks a request's start (its headers are in) and its end (the answer is
   * written): first in the engine's pipeline.
   *
   * @return the valve
   */
  ValveBase valve() {
    return new ValveBase(true) {
      @Override
      public void invoke(Request request, Response response) throws IOException, ServletException {
        Phase phase = byPeer.get(peer(request.getRemoteAddr(), request.getRemotePort()));
        if (phase != null) {
          phase.sinceNanos = System.nanoTime();
        }
        try {
          getNext().invoke(request, response);
        } finally {
          if (phase != null) {
            phase.sinceNanos = System.nanoTime();
          }
        }
      }
    };
  }

  private boolean admit(SocketChannel socket) {
    InetSocketAddress remote;
    try {
      remote = (InetSocketAddress) socket.getRemoteAddress();
    } catch (IOException | ClassCastException e) {
      return false;
    }
    if (remote == null) {
      return false;
    }
    InetAddress client = remote.getAddress();
    int held = 0;
    for (Phase p : byChannel.values()) {
      if (p.client.equals(client) && p.channel.isOpen()) {
        held++;
      }
    }
    if (held >= limits.maxConnectionsPerClient()) {
      return false;
    }
    Phase phase = new Phase(socket, client, peer(client.getHostAddress(), remote.getPort()));
    byChannel.put(socket, phase);
    byPeer.put(phase.peer, phase);
    return true;
  }

  /** Ends the phases past their time, and forgets closed connections. */
  private void sweep() {
    try {
      sweep(System.nanoTime(), limits.requestTimeout().toNanos());
    } catch (RuntimeException e) {
      // a sweep that failed must not end the sweeping: the next one starts afresh
    }
  }

  private void sweep(long now, long timeout) {
    byChannel.values().removeIf(p -> {
      if (!p.channel.isOpen()) {
        byPeer.remove(p.peer, p);
        return true;
      }
      if (now - p.sinceNanos > timeout) {
        try {
          p.channel.shutdownInput();
        } catch (IOException | RuntimeException e) {
          // closed meanwhile: nothing to end
        }
      }
      return false;
    });
  }

  private static String peer(String address, int port) {
    return address + "|" + port;
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
