package de.casebook.bench;

/** What one workload did at one concurrency. */
record Result(int clients, int steps, double seconds, double p50Millis, double p99Millis, int failures) {

    double perSecond() {
        return steps / seconds;
    }

    static Result of(int clients, Latencies latencies, long startNanos, long endNanos, int failures) {
        return new Result(clients, latencies.count(), (endNanos - startNanos) / 1e9, latencies.percentileMillis(50),
                latencies.percentileMillis(99), failures);
    }
}
