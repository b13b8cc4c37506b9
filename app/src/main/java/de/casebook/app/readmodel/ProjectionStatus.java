package de.casebook.app.readmodel;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Where each read model stands, how fast it moves, and how its rebuild goes. */
@Component
public class ProjectionStatus {

    /** A rebuild as the admin page shows it: events done of the total, rate and time left. */
    public record RebuildProgress(String state, long done, long total, double eventsPerSecond, Long secondsLeft,
                                  Instant startedAt, Instant finishedAt, String failure) {
    }

    public record Report(String name, long position, long head, long lag, String status, double eventsPerSecond,
                         long deadLetters, RebuildProgress rebuild) {
    }

    private static final int SAMPLES = 10;

    private record Sample(long nanos, long position) {
    }

    private final ReadModels readModels;
    private final ProjectionRebuilds rebuilds;
    private final JdbcTemplate jdbc;
    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();

    ProjectionStatus(ReadModels readModels, ProjectionRebuilds rebuilds, JdbcTemplate jdbc) {
        this.readModels = readModels;
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
    }

    public List<Report> all() {
        var head = readModels.head();
        Map<String, Long> deadLetters = new java.util.HashMap<>();
        jdbc.query("SELECT processinggroup, count(*) FROM deadletterentry GROUP BY processinggroup",
                row -> {
                    deadLetters.put(row.getString(1), row.getLong(2));
                });
        return readModels.all().stream().map(projection -> report(projection.name(), head,
                deadLetters.getOrDefault(projection.name(), 0L))).toList();
    }

    private Report report(String name, long head, long deadLetters) {
        var processor = readModels.processorOf(name);
        var position = processor.flatMap(ReadModels::position).orElse(-1L);
        var rebuild = rebuilds.of(name).map(this::progress).orElse(null);
        String status;
        if (processor.isEmpty() || processor.get().isError()) {
            status = "failed";
        } else if (rebuild != null && ("REBUILDING".equals(rebuild.state()) || "SWAPPING".equals(rebuild.state()))) {
            status = "rebuilding";
        } else if (!processor.get().isRunning()) {
            status = "stopped";
        } else {
            status = "running";
        }
        return new Report(name, position, head, Math.max(0, head - position), status, rate(name), deadLetters,
                rebuild);
    }

    private RebuildProgress progress(ProjectionRebuilds.Rebuild rebuild) {
        var key = rebuild.startedAt() + "@rebuild";
        var done = Math.max(0, rebuild.position());
        var total = Math.max(done, rebuild.headAtStart());
        var rate = rate(key);
        Long secondsLeft = rebuild.state() == ProjectionRebuilds.State.REBUILDING && rate > 0
                ? Math.round((total - done) / rate) : null;
        return new RebuildProgress(rebuild.state().name(), done, total, rate, secondsLeft, rebuild.startedAt(),
                rebuild.finishedAt(), rebuild.failure());
    }

    /** Records every read model's position once a second, for the rates. */
    @Scheduled(fixedRate = 1000)
    void sample() {
        var now = System.nanoTime();
        for (var projection : readModels.all()) {
            readModels.processorOf(projection.name()).flatMap(ReadModels::position)
                    .ifPresent(position -> record(projection.name(), now, position));
            rebuilds.of(projection.name()).filter(rebuild -> rebuild.state() == ProjectionRebuilds.State.REBUILDING)
                    .ifPresent(rebuild -> record(rebuild.startedAt() + "@rebuild", now, rebuild.position()));
        }
    }

    private void record(String key, long nanos, long position) {
        var series = samples.computeIfAbsent(key, name -> new ArrayDeque<>());
        synchronized (series) {
            series.addLast(new Sample(nanos, position));
            while (series.size() > SAMPLES) {
                series.removeFirst();
            }
        }
    }

    /** Events per second over the last samples (positions are global indexes: gaps count as events). */
    private double rate(String key) {
        var series = samples.get(key);
        if (series == null) {
            return 0;
        }
        synchronized (series) {
            if (series.size() < 2) {
                return 0;
            }
            var first = series.getFirst();
            var last = series.getLast();
            var seconds = (last.nanos() - first.nanos()) / 1e9;
            return seconds <= 0 ? 0 : Math.max(0, (last.position() - first.position()) / seconds);
        }
    }
}
