package de.casebook.app.mentoring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers unique per municipality and year, without gaps: the counter row is updated in
 * the transaction that issues the certificate, so a rolled-back issue gives its number back.
 */
@Component
class CertificateNumbers {

    private final JdbcClient jdbc;
    private final MentoringProperties settings;

    CertificateNumbers(JdbcClient jdbc, MentoringProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    String next(String municipality, int year) {
        int number = jdbc.sql("""
                        INSERT INTO certificate_number_counter (municipality, year, last_number) VALUES (?, ?, 1)
                        ON CONFLICT (municipality, year)
                        DO UPDATE SET last_number = certificate_number_counter.last_number + 1
                        RETURNING last_number""")
                .params(municipality, year)
                .query(Integer.class)
                .single();
        return "%s-%d-%04d".formatted(settings.certificatePrefix(), year, number);
    }
}
