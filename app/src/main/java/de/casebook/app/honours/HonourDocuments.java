package de.casebook.app.honours;

import static de.casebook.app.platform.OfficialDocument.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import de.casebook.app.platform.Municipalities;
import de.casebook.app.platform.OfficialDocument;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The thank-you letter from the mayor, or the certificate of a pin or prize, in German, signed for the municipality. */
@Component
class HonourDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMANY);

    private final Clock clock;
    private final Municipalities municipalities;

    HonourDocuments(Clock clock, Municipalities municipalities) {
        this.clock = clock;
        this.municipalities = municipalities;
    }

    byte[] render(NominationView nomination) {
        var municipality = municipalities.of(nomination.municipality());
        var letter = "thank-you-letter".equals(nomination.awardKind());
        var day = nomination.ceremony() != null ? nomination.ceremony().date() : LocalDate.now(clock);
        return OfficialDocument.render(PageSize.A4, 72, letter ? "Dankesbrief" : "Urkunde", municipality.name(),
                document -> {
                    if (letter) {
                        letter(document, nomination, municipality, day);
                    } else {
                        certificate(document, nomination, municipality, day);
                    }
                });
    }

    private static void letter(Document document, NominationView nomination, Municipalities.Municipality municipality,
                               LocalDate day) {
        document.add(paragraph(municipality.place() + ", " + DATE.format(day), 11, Font.NORMAL, Element.ALIGN_RIGHT, 36));
        document.add(paragraph("Sehr geehrte Frau / sehr geehrter Herr " + nomination.nominee().name() + ",", 12,
                Font.NORMAL, Element.ALIGN_LEFT, 12));
        document.add(paragraph("für Ihr langjähriges ehrenamtliches Engagement"
                + (nomination.nominee().organisation() == null ? "" : " bei " + nomination.nominee().organisation())
                + " danke ich Ihnen im Namen der ganzen Stadt von Herzen. Menschen wie Sie halten unsere "
                + "Gemeinschaft zusammen.", 12, Font.NORMAL, Element.ALIGN_LEFT, 24));
        document.add(paragraph("Mit herzlichen Grüßen", 12, Font.NORMAL, Element.ALIGN_LEFT, 48));
        document.add(paragraph("______________________________", 12, Font.NORMAL, Element.ALIGN_LEFT, 0));
        document.add(paragraph("Ihre Bürgermeisterin / Ihr Bürgermeister, " + municipality.name(), 12, Font.NORMAL,
                Element.ALIGN_LEFT, 36));
        document.add(paragraph("Aktenzeichen " + nomination.caseNumber(), 9, Font.NORMAL, Element.ALIGN_LEFT, 0));
    }

    private static void certificate(Document document, NominationView nomination,
                                    Municipalities.Municipality municipality, LocalDate day) {
        document.add(paragraph("Urkunde", 28, Font.BOLD, Element.ALIGN_CENTER, 24));
        document.add(paragraph(nomination.nominee().name(), 22, Font.BOLD, Element.ALIGN_CENTER, 18));
        document.add(paragraph("pin".equals(nomination.awardKind())
                ? "erhält die Ehrennadel der " + municipality.name()
                        + " in Anerkennung ihres / seines ehrenamtlichen Engagements."
                : "erhält den Ehrenamtspreis der " + municipality.name() + (nomination.category() == null ? ""
                        : " in der Kategorie „" + nomination.category() + "“") + ".", 14, Font.NORMAL,
                Element.ALIGN_CENTER, 36));
        document.add(paragraph(municipality.place() + ", " + DATE.format(day), 11, Font.NORMAL, Element.ALIGN_CENTER, 60));
        document.add(paragraph("______________________________", 12, Font.NORMAL, Element.ALIGN_CENTER, 0));
        document.add(paragraph("Bürgermeisterin / Bürgermeister", 10, Font.NORMAL, Element.ALIGN_CENTER, 36));
        document.add(paragraph("Aktenzeichen " + nomination.caseNumber(), 9, Font.NORMAL, Element.ALIGN_CENTER, 0));
    }
}
