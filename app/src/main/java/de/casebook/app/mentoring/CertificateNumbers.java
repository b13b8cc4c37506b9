package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseNumbers;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers unique per municipality and year, without gaps: the counter row is updated in
 * the transaction that issues the certificate, so a rolled-back issue gives its number back.
 */
@Component
class CertificateNumbers {

    private final CaseNumbers numbers;
    private final MentoringProperties settings;

    CertificateNumbers(CaseNumbers numbers, MentoringProperties settings) {
        this.numbers = numbers;
        this.settings = settings;
    }

    String next(String municipality, int year) {
        return "%s-%d-%04d".formatted(settings.certificatePrefix(), year, numbers.next("certificate", municipality, year));
    }
}
