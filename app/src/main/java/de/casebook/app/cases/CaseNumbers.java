package de.casebook.app.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gapless running numbers per kind (certificates, cards), municipality and year. The counter row is
 * updated in the transaction of the step that uses the number, so a rolled-back step leaves no gap.
 */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;

    public CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int next(String kind, String municipality, int year) {
        return jdbc.sql("""
                        INSERT INTO case_number_counter (kind, municipality, year, last_number) VALUES (?, ?, ?, 1)
                        ON CONFLICT (kind, municipality, year)
                        DO UPDATE SET last_number = case_number_counter.last_number + 1
                        RETURNING last_number""")
                .params(kind, municipality, year)
                .query(Integer.class)
                .single();
    }
}
