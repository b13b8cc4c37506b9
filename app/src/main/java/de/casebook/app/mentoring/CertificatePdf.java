package de.casebook.app.mentoring;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import de.casebook.app.platform.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The Abschlusszertifikat of a completed mentor course, in German, as the ceremony hands it over. */
@Component
class CertificatePdf {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", GERMAN);

    byte[] render(QualificationView qualification, CourseView course) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 72, 72, 96, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle("Abschlusszertifikat " + qualification.certificateNumber());
        document.open();
        document.add(centered("Abschlusszertifikat", font(28, Font.BOLD), 12));
        document.add(centered("Mentorat für Bürgerengagement", font(16, Font.NORMAL), 36));
        document.add(centered(qualification.participant().name(), font(22, Font.BOLD), 24));
        document.add(centered("hat den Kurs „%s“ (%s) vom %s bis %s besucht und %s Stunden der geforderten %s Stunden absolviert."
                .formatted(course.title(), course.educationProvider(), DATE.format(course.startDate()),
                        DATE.format(qualification.windowEnd()), hours(qualification.hoursSignedOff()),
                        hours(qualification.requiredHours())), font(12, Font.NORMAL), 18));
        document.add(centered("Themenblöcke: " + String.join(" · ", course.modules()), font(11, Font.ITALIC), 36));
        document.add(centered("Zertifikatsnummer " + qualification.certificateNumber(), font(11, Font.NORMAL), 6));
        document.add(centered("Ausgestellt am " + DATE.format(qualification.certificateIssuedOn()), font(11, Font.NORMAL), 6));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static Font font(float size, int style) {
        return PdfFonts.font(size, style);
    }

    private static String hours(BigDecimal hours) {
        return NumberFormat.getNumberInstance(GERMAN).format(hours);
    }
}
