package de.casebook.bench;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/** What one workload did at one concurrency. */
record Result(int clients, int steps, double seconds, double p50Millis, double p99Millis, int failures) {

    double perSecond() {
        return steps / seconds;
    }

    /** What one client does: its steps, their latencies added to the shared record; returns its failures. */
    interface Client {
        int run(int client, Latencies latencies) throws Exception;
    }

    /** {@code clients} clients at once, timed from the first start to the last end. */
    static Result ofClients(int clients, Client client) throws Exception {
        var latencies = new Latencies();
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var work = new ArrayList<Callable<Integer>>();
            for (int id = 0; id < clients; id++) {
                var number = id;
                work.add(() -> client.run(number, latencies));
            }
            var start = System.nanoTime();
            var failures = 0;
            for (var future : pool.invokeAll(work)) {
                failures += future.get();
            }
            return of(clients, latencies, start, System.nanoTime(), failures);
        } finally {
            pool.shutdownNow();
        }
    }

    static Result of(int clients, Latencies latencies, long startNanos, long endNanos, int failures) {
        return new Result(clients, latencies.count(), (endNanos - startNanos) / 1e9, latencies.percentileMillis(50),
                latencies.percentileMillis(99), failures);
    }
}
