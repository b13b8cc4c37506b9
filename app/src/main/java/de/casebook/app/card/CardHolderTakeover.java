package de.casebook.app.card;

import de.casebook.app.cases.CaseClaims;
import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.platform.ApiException;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.Actor;
import de.casebook.app.takeover.RowReader;
import de.casebook.app.takeover.TakeoverKind;
import de.casebook.domain.card.CardApplication;
import de.casebook.domain.card.api.Applicant;
import de.casebook.domain.card.api.CardProgram;
import de.casebook.domain.card.api.TakeOverCardCommand;
import de.casebook.domain.shared.DomainException;
import de.casebook.domain.shared.TakenOverFrom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Card holders from the previous register: each row an issued card of a program the municipality
 * offers, its holder claimed as an applicant would be (so nobody gets a second card by applying).
 */
@Component
class CardHolderTakeover implements TakeoverKind<CardHolderTakeover.Holder> {

    static final Column NAME = Column.required("Name");
    static final Column BIRTH_DATE = Column.required("Geburtsdatum", "Geburtstag");
    static final Column STREET = Column.required("Straße", "Strasse", "Straße und Hausnummer", "Anschrift");
    static final Column POSTAL_CODE = Column.required("PLZ", "Postleitzahl");
    static final Column CITY = Column.required("Ort", "Wohnort", "Stadt");
    static final Column EMAIL = Column.optional("E-Mail", "Mail", "E-Mail-Adresse");
    static final Column PROGRAM = Column.required("Programm", "Karte", "Kartenart");
    static final Column CARD_NUMBER = Column.required("Kartennummer", "Karten-Nr.", "Nummer");
    static final Column VALID_UNTIL = Column.optional("Gültig bis", "gültig bis", "Ablaufdatum");
    private static final Pattern POSTAL = Pattern.compile("\\d{5}");

    record Holder(Applicant person, CardProgram program, String previousCardNumber, LocalDate validUntil) {
    }

    private final CaseCommands commands;
    private final CaseClaims claims;
    private final CardNumbers numbers;
    private final CardProperties settings;
    private final MessageSource messages;

    CardHolderTakeover(CaseCommands commands, CaseClaims claims, CardNumbers numbers, CardProperties settings,
                       MessageSource messages) {
        this.commands = commands;
        this.claims = claims;
        this.numbers = numbers;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public String code() {
        return "card-holders";
    }

    @Override
    public String caseType() {
        return CaseTypes.CARD_APPLICATION;
    }

    @Override
    public List<Column> columns() {
        return List.of(NAME, BIRTH_DATE, STREET, POSTAL_CODE, CITY, EMAIL, PROGRAM, CARD_NUMBER, VALID_UNTIL);
    }

    @Override
    public Holder read(RowReader row, String municipality, LocalDate today) {
        var name = row.personName(NAME);
        var birthDate = row.date(BIRTH_DATE);
        var street = row.text(STREET, 200);
        var postalCode = row.matching(POSTAL_CODE, POSTAL, "import.not-a-postal-code");
        var city = row.text(CITY, 100);
        var email = row.email(EMAIL);
        var program = program(row, municipality);
        var cardNumber = row.text(CARD_NUMBER, 100);
        var validUntil = row.date(VALID_UNTIL);
        if (!row.fine()) {
            return null;
        }
        var holder = new Applicant(name, birthDate, street, postalCode, city, email);
        try {
            CardApplication.checkTakeOver(program, holder, validUntil, today);
        } catch (DomainException refused) {
            row.refusedBy(refused.code().startsWith("card.birth") ? BIRTH_DATE : VALID_UNTIL, refused);
            return null;
        }
        return new Holder(holder, program, cardNumber, validUntil);
    }

    /** The program by its code (nrw) or its German name (Ehrenamtskarte NRW), if the municipality offers it. */
    private CardProgram program(RowReader row, String municipality) {
        var value = row.text(PROGRAM, 100);
        if (value == null) {
            return null;
        }
        var code = Arrays.stream(CardPrograms.values()).map(program -> program.code)
                .filter(candidate -> candidate.equalsIgnoreCase(value) || messages.getMessage("card.program." + candidate,
                        null, "", Locale.GERMAN).equalsIgnoreCase(value))
                .findFirst().orElse(value);
        try {
            return CardPrograms.offered(code, municipality, settings);
        } catch (ApiException refused) {
            row.problem(PROGRAM, refused.code(), refused.arguments());
            return null;
        }
    }

    @Override
    public String duplicateKey(Holder row) {
        return String.join("\u001f", SearchKeys.of(row.person().name()), row.person().birthDate().toString(),
                row.program().code());
    }

    @Override
    public Map<Integer, String> alreadyThere(List<Holder> rows, String municipality) {
        return claims.holders(CaseTypes.CARD_APPLICATION, rows.stream().map(CardHolderTakeover::claimParts).toList(),
                false);
    }

    @Override
    public void takeOver(Holder row, String caseId, String caseNumber, TakenOverFrom source, Actor actor) {
        claims.claim(CaseTypes.CARD_APPLICATION, "card.application-open", caseId, caseNumber, claimParts(row));
        commands.send(new TakeOverCardCommand(caseId, caseNumber, actor.municipality(), row.program(), row.person(),
                row.previousCardNumber(), row.validUntil(), numbers.verificationCode(caseId), source), actor);
    }

    /** As {@link ApplyingForCards} claims an applicant: name, birth date and program. */
    private static Object[] claimParts(Holder row) {
        return new Object[] {row.person().name(), row.person().birthDate(), row.program().code()};
    }
}
