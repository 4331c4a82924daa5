package org.mandate.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * Offers requests at a fixed rate, open loop: request {@code i} is due at {@code start + i / rate}
 * whatever became of the ones before it, and its latency runs from that due time to the last byte of
 * its response. A request waiting for a free connection, or for the generator's own thread, is being
 * delayed, and the delay counts. One thread and one selector over a fixed set of keep-alive HTTP/1.1
 * connections, one request in flight per connection, the request bytes built by the caller: the least
 * a client can do per request, so that the client is not what is measured.
 */
final class OpenLoop {
    /** Due times are checked at least this often; a request may be sent up to this late, and it counts. */
    private static final long TICK_NANOS = 1_000_000;

    private final InetSocketAddress address;
    private final int connections;

    OpenLoop(InetSocketAddress address, int connections) {
        this.address = address;
        this.connections = connections;
    }

    /** One connection: idle, or carrying request {@code index} due at {@code due}. */
    private static final class Conn {
        final SocketChannel channel;
        final SelectionKey key;
        final ResponseReader reader = new ResponseReader();
        ByteBuffer out;
        long index = -1;
        long due;

        Conn(SocketChannel channel, Selector selector) throws IOException {
            this.channel = channel;
            this.key = channel.register(selector, SelectionKey.OP_READ, this);
        }
    }

    /**
     * What became of each request: its latency in nanoseconds ({@link Long#MAX_VALUE} if unanswered), its
     * HTTP status (0 if unanswered) and how late it was sent ({@link Long#MAX_VALUE} if never): waiting for
     * a connection, or for this thread to be given a CPU. {@code busySeconds} runs from the first due time
     * to the last answer, or is the offered length if that is longer.
     */
    record Result(double offered, long[] latencyNanos, int[] status, long[] sendLagNanos, double busySeconds, String errorExample, Cpu cpu) {}

    /**
     * CPU time the run took: the whole JVM's (server and generator), and the generator thread's alone, so
     * the server's CPU per request can be told apart from the generator's whatever else the machine runs.
     * A PostgreSQL server is a separate process and is not counted.
     */
    record Cpu(long processNanos, long generatorNanos) {
        static Cpu now() {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return new Cpu(os.getProcessCpuTime(), java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }

        Cpu since(Cpu before) {
            return new Cpu(processNanos - before.processNanos, generatorNanos - before.generatorNanos);
        }
    }

    /** Offers requests at {@code rate} and sums them up (see {@link #offer}). */
    Run run(double rate, Duration length, Duration drain, LongFunction<byte[]> requests) {
        return Run.of(offer(rate, length, drain, requests), i -> true);
    }

    /**
     * Offers {@code rate × length} requests, {@code requests.apply(i)} being the bytes of the i-th, then
     * waits up to {@code drain} for the last answers. A request unanswered by then counts as an error with
     * an infinite latency.
     */
    Result offer(double rate, Duration length, Duration drain, LongFunction<byte[]> requests) {
        int total = (int) Math.round(rate * length.toNanos() / 1e9);
        double interval = 1e9 / rate;
        long[] latency = new long[total];
        Arrays.fill(latency, Long.MAX_VALUE);
        int[] status = new int[total];
        long[] sendLag = new long[total];
        Arrays.fill(sendLag, Long.MAX_VALUE);
        Cpu before = Cpu.now();
        try (Selector selector = Selector.open()) {
            ArrayDeque<Conn> idle = new ArrayDeque<>();
            for (int c = 0; c < connections; c++) {
                idle.add(connect(selector));
            }
            long start = System.nanoTime() + 20_000_000;
            long deadline = start + length.toNanos() + drain.toNanos();
            long lastAnswer = start;
            int next = 0;
            int answered = 0;
            String errorBody = null;
            while (answered < total) {
                long now = System.nanoTime();
                while (next < total && !idle.isEmpty() && start + (long) (next * interval) <= now) {
                    Conn c = idle.poll();
                    c.index = next;
                    c.due = start + (long) (next * interval);
                    c.out = ByteBuffer.wrap(requests.apply(next));
                    sendLag[next] = System.nanoTime() - c.due;
                    next++;
                    flush(c);
                }
                if (now > deadline) {
                    break;
                }
                long wait = next < total && !idle.isEmpty() ? start + (long) (next * interval) - now : TICK_NANOS * 50;
                int ready = wait <= 0 ? selector.selectNow() : selector.select(Math.max(1, Math.min(wait, deadline - now) / TICK_NANOS));
                if (ready == 0) {
                    continue;
                }
                var keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    Conn c = (Conn) key.attachment();
                    if (key.isValid() && key.isWritable()) {
                        flush(c);
                    }
                    if (!key.isValid() || !key.isReadable()) {
                        continue;
                    }
                    if (c.channel.read(c.reader.buffer()) < 0) {
                        throw new IOException("the server closed a connection" + (c.index >= 0 ? " with request " + c.index + " in flight" : ""));
                    }
                    int code = c.reader.next();
                    if (code >= 0 && c.index >= 0) {
                        long at = System.nanoTime();
                        latency[(int) c.index] = at - c.due;
                        status[(int) c.index] = code;
                        if (code >= 300 && errorBody == null) {
                            errorBody = code + " " + c.reader.errorBody();
                        }
                        lastAnswer = at;
                        answered++;
                        c.index = -1;
                        idle.add(c);
                    }
                }
            }
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            if (errorBody == null && answered < total) {
                errorBody = (total - answered) + " requests unanswered " + drain.toSeconds() + " s after the last was due";
            }
            return new Result(rate, latency, status, sendLag, Math.max(lastAnswer - start, length.toNanos()) / 1e9, errorBody, Cpu.now().since(before));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Conn connect(Selector selector) throws IOException {
        SocketChannel ch = SocketChannel.open(address);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ch.configureBlocking(false);
        return new Conn(ch, selector);
    }

    private static void flush(Conn c) throws IOException {
        c.channel.write(c.out);
        c.key.interestOps(c.out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }
}
