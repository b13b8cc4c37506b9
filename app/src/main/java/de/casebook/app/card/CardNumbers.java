package de.casebook.app.card;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The random codes the public check knows cards by (a card's number is its case's number). */
@Component
class CardNumbers {

    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CardNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
