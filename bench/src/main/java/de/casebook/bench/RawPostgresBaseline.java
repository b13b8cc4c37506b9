package de.casebook.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The floor to compare with: one INSERT and one UPDATE per transaction, same database, same concurrency. */
final class RawPostgresBaseline {

    private final String url;
    private final String user;
    private final String password;

    RawPostgresBaseline(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void prepare() throws SQLException {
        try (var connection = connect(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CREATE TABLE IF NOT EXISTS bench_baseline_event (id BIGSERIAL PRIMARY KEY, "
                    + "client INT NOT NULL, n INT NOT NULL, payload TEXT NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS bench_baseline_counter (client INT PRIMARY KEY, value BIGINT NOT NULL)");
            statement.execute("INSERT INTO bench_baseline_counter SELECT g, 0 FROM generate_series(0, 63) g "
                    + "ON CONFLICT DO NOTHING");
        }
    }

    Result run(int clients, int transactionsPerClient) throws Exception {
        return Result.ofClients(clients, (client, latencies) -> transactions(client, transactionsPerClient, latencies));
    }

    private int transactions(int client, int count, Latencies latencies) throws SQLException {
        try (var connection = connect();
             var insert = connection.prepareStatement(
                     "INSERT INTO bench_baseline_event (client, n, payload) VALUES (?, ?, ?)");
             var update = connection.prepareStatement(
                     "UPDATE bench_baseline_counter SET value = value + 1 WHERE client = ?")) {
            connection.setAutoCommit(false);
            for (int n = 0; n < count; n++) {
                var begin = System.nanoTime();
                insert.setInt(1, client);
                insert.setInt(2, n);
                insert.setString(3, "{\"caseId\":\"bench\",\"hours\":0.25}");
                insert.executeUpdate();
                update.setInt(1, client);
                update.executeUpdate();
                connection.commit();
                latencies.add(System.nanoTime() - begin);
            }
        }
        return 0;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
