package de.casebook.app.honours;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import de.casebook.app.platform.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The thank-you letter from the mayor, or the certificate of a pin or prize, in German. */
@Component
class HonourDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMANY);

    private final Clock clock;

    HonourDocuments(Clock clock) {
        this.clock = clock;
    }

    byte[] render(NominationView nomination) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 72, 72, 96, 72);
        PdfWriter.getInstance(document, out);
        var letter = "thank-you-letter".equals(nomination.awardKind());
        document.addTitle(letter ? "Dankesbrief" : "Urkunde");
        document.open();
        var day = nomination.ceremony() != null ? nomination.ceremony().date() : LocalDate.now(clock);
        if (letter) {
            document.add(paragraph("Musterstadt, " + DATE.format(day), 11, Font.NORMAL, Element.ALIGN_RIGHT, 36));
            document.add(paragraph("Sehr geehrte Frau / sehr geehrter Herr " + nomination.nominee().name() + ",", 12,
                    Font.NORMAL, Element.ALIGN_LEFT, 12));
            document.add(paragraph("für Ihr langjähriges ehrenamtliches Engagement"
                    + (nomination.nominee().organisation() == null ? "" : " bei " + nomination.nominee().organisation())
                    + " danke ich Ihnen im Namen der ganzen Stadt von Herzen. Menschen wie Sie halten unsere "
                    + "Gemeinschaft zusammen.", 12, Font.NORMAL, Element.ALIGN_LEFT, 24));
            document.add(paragraph("Mit herzlichen Grüßen", 12, Font.NORMAL, Element.ALIGN_LEFT, 36));
            document.add(paragraph("Ihre Bürgermeisterin / Ihr Bürgermeister", 12, Font.NORMAL, Element.ALIGN_LEFT, 0));
        } else {
            document.add(paragraph("Urkunde", 28, Font.BOLD, Element.ALIGN_CENTER, 24));
            document.add(paragraph(nomination.nominee().name(), 22, Font.BOLD, Element.ALIGN_CENTER, 18));
            document.add(paragraph("pin".equals(nomination.awardKind())
                    ? "erhält die Ehrennadel der Stadt in Anerkennung ihres / seines ehrenamtlichen Engagements."
                    : "erhält den Ehrenamtspreis der Stadt" + (nomination.category() == null ? ""
                            : " in der Kategorie „" + nomination.category() + "“") + ".", 14, Font.NORMAL,
                    Element.ALIGN_CENTER, 36));
            document.add(paragraph(DATE.format(day), 11, Font.NORMAL, Element.ALIGN_CENTER, 0));
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, float size, int style, int alignment, float spacingAfter) {
        var paragraph = new Paragraph(text, PdfFonts.font(size, style));
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
