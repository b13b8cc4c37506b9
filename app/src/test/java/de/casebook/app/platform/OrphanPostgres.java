package de.casebook.app.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A JVM that starts an embedded PostgreSQL on a data directory and a port, says "ready" and waits
 * to be killed: killed with -9, it leaves its server behind as a crashed application does.
 */
final class OrphanPostgres {

    private OrphanPostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(Integer.parseInt(args[1]))
                .start();
        System.out.println("ready");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
