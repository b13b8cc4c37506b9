package de.casebook.app.card;

import de.casebook.app.cases.CaseNumbers;
import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Card numbers (gapless per municipality and year) and the random codes the public check knows cards by. */
@Component
class CardNumbers {

    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final CardProperties settings;

    CardNumbers(JdbcClient jdbc, CaseNumbers numbers, CardProperties settings) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.settings = settings;
    }

    String next(String municipality, int year) {
        return "%s-%d-%05d".formatted(settings.numberPrefix(), year, numbers.next("card", municipality, year));
    }

    /** A new verification code, registered for the case. */
    String verificationCode(String caseId) {
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        jdbc.sql("INSERT INTO card_verification (code, case_id) VALUES (?, ?)").params(code.toString(), caseId).update();
        return code.toString();
    }

    String caseOf(String code) {
        return jdbc.sql("SELECT case_id FROM card_verification WHERE code = ?").param(code)
                .query(String.class).optional().orElse(null);
    }
}
