package de.casebook.app.cases;

import de.casebook.domain.shared.CaseCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers people can say and type, such as {@code EK-2026-00042}: a prefix per case type, the
 * year the case was opened, and a running number per municipality and year. The counter row is
 * updated in the transaction that opens the case, so a rolled-back step gives its number back and
 * the numbers have no gaps. An import sets its rows' numbers aside when it starts ({@link #reserve});
 * a row refused while it runs leaves its number unused, recorded with the refusal. The number is also
 * the card's number and the certificate's number.
 */
@Component
public class CaseNumbers {

    /** Case numbers as they are printed, or typed with spaces or slashes and without leading zeros. */
    private static final Pattern TYPED = Pattern.compile("([A-Za-z]{2})\\s*[-/ ]?\\s*(\\d{4})\\s*[-/ ]?\\s*(\\d{1,7})");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Format> byCaseType;

    public CaseNumbers(JdbcClient jdbc, Clock clock, CaseNumberProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.byCaseType = Map.of(
                CaseTypes.QUALIFICATION, new Format(settings.qualification(), 4),
                CaseTypes.CARD_APPLICATION, new Format(settings.cardApplication(), 5),
                CaseTypes.NOMINATION, new Format(settings.nomination(), 4),
                CaseTypes.NETWORK, new Format(settings.network(), 4),
                CaseTypes.TRAINER_QUALIFICATION, new Format(settings.trainerQualification(), 4));
    }

    private record Format(String prefix, int digits) {
        String of(Object year, int number) {
            return ("%s-%s-%0" + digits + "d").formatted(prefix, year, number);
        }
    }

    /** The next number of a case of that type opened today in the municipality. */
    public String next(String caseType, String municipality) {
        var format = format(caseType);
        var year = LocalDate.now(clock.withZone(CaseCalendar.ZONE)).getYear();
        var number = jdbc.sql("""
                        INSERT INTO case_number_counter (kind, municipality, year, last_number) VALUES (?, ?, ?, 1)
                        ON CONFLICT (kind, municipality, year)
                        DO UPDATE SET last_number = case_number_counter.last_number + 1
                        RETURNING last_number""")
                .params(caseType, municipality, year)
                .query(Integer.class)
                .single();
        return format.of(year, number);
    }

    /**
     * A run of numbers set aside at once for cases opened over a longer time (an import's rows): the
     * {@code index}-th of them is always the same number, whenever and on whichever node it is used.
     */
    public record Block(String prefix, int digits, int year, int first, int count) {
        public String number(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException("number " + index + " of a block of " + count);
            }
            return new Format(prefix, digits).of(year, first + index);
        }
    }

    /** Sets aside the next {@code count} numbers of the case type in the caller's transaction. */
    public Block reserve(String caseType, String municipality, int count) {
        var format = format(caseType);
        var year = LocalDate.now(clock.withZone(CaseCalendar.ZONE)).getYear();
        int last = jdbc.sql("""
                        INSERT INTO case_number_counter (kind, municipality, year, last_number) VALUES (?, ?, ?, ?)
                        ON CONFLICT (kind, municipality, year)
                        DO UPDATE SET last_number = case_number_counter.last_number + EXCLUDED.last_number
                        RETURNING last_number""")
                .params(caseType, municipality, year, count)
                .query(Integer.class)
                .single();
        return new Block(format.prefix(), format.digits(), year, last - count + 1, count);
    }

    /** A block set aside earlier, from what was kept of it ({@link Block#year()}, {@link Block#first()}). */
    public Block reserved(String caseType, int year, int first, int count) {
        var format = format(caseType);
        return new Block(format.prefix(), format.digits(), year, first, count);
    }

    /** The case's number, or a new one for a case opened before cases had numbers. */
    public String existingOrNext(String caseNumber, String caseType, String municipality) {
        return caseNumber != null ? caseNumber : next(caseType, municipality);
    }

    /**
     * The number as it is stored, if the text is one as printed or typed ({@code ek 2026 42},
     * {@code EK/2026/00042}); empty if it is not a case number of a known type.
     */
    public Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var typed = TYPED.matcher(text.strip());
        if (!typed.matches()) {
            return Optional.empty();
        }
        var prefix = typed.group(1).toUpperCase(Locale.ROOT);
        return byCaseType.values().stream().filter(format -> format.prefix().equals(prefix)).findFirst()
                .map(format -> format.of(typed.group(2), Integer.parseInt(typed.group(3))));
    }

    private Format format(String caseType) {
        var format = byCaseType.get(caseType);
        if (format == null) {
            throw new IllegalArgumentException("no case numbers for " + caseType);
        }
        return format;
    }
}
