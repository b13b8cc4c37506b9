package de.casebook.app.mentoring;

import static de.casebook.app.platform.OfficialDocument.centered;
import static de.casebook.app.platform.OfficialDocument.paragraph;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import de.casebook.app.platform.Municipalities;
import de.casebook.app.platform.OfficialDocument;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The Abschlusszertifikat of a completed mentor course, in German, as the ceremony hands it over: dated
 * in the municipality's town on the day it was issued, the course attended until the day its hours
 * were reached, with lines for the course's trainers and the municipality to sign.
 */
@Component
class CertificatePdf {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", GERMAN);

    private final Municipalities municipalities;

    CertificatePdf(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    byte[] render(QualificationView qualification, CourseView course) {
        var municipality = municipalities.of(course.municipality());
        return OfficialDocument.render(PageSize.A4, 72, "Abschlusszertifikat " + qualification.certificateNumber(),
                municipality.name(), document -> {
                    document.add(paragraph(municipality.place() + ", " + DATE.format(qualification.certificateIssuedOn()),
                            11, Font.NORMAL, Element.ALIGN_RIGHT, 48));
                    document.add(centered("Abschlusszertifikat", 28, Font.BOLD, 12));
                    document.add(centered("Mentorat für Bürgerengagement", 16, Font.NORMAL, 36));
                    document.add(centered(qualification.participant().name(), 22, Font.BOLD, 24));
                    document.add(centered(attendance(qualification, course, municipality.name()), 12, Font.NORMAL, 18));
                    document.add(centered("Themenblöcke: " + String.join(" · ", course.modules()), 11, Font.NORMAL, 36));
                    document.add(centered("Zertifikatsnummer " + qualification.certificateNumber()
                            + " · Aktenzeichen " + qualification.caseNumber(), 10, Font.NORMAL, 72));
                    document.add(signatures(municipality));
                });
    }

    private static String attendance(QualificationView qualification, CourseView course, String municipality) {
        var until = qualification.requirementsMetOn() == null ? qualification.certificateIssuedOn()
                : qualification.requirementsMetOn();
        return "hat vom %s bis %s am Kurs „%s“ von %s und %s teilgenommen und %s der geforderten %s Stunden absolviert."
                .formatted(DATE.format(course.startDate()), DATE.format(until), course.title(), municipality,
                        course.educationProvider(), hours(qualification.hoursSignedOff()),
                        hours(qualification.requiredHours()));
    }

    private static PdfPTable signatures(Municipalities.Municipality municipality) {
        var table = new PdfPTable(new float[] {1, 0.2f, 1});
        table.setWidthPercentage(100);
        table.addCell(signatureLine("Kursleitung (Mentorentrainer:in)"));
        table.addCell(blank());
        table.addCell(signatureLine("Für " + municipality.name() + ", " + municipality.office()));
        return table;
    }

    private static PdfPCell signatureLine(String label) {
        var cell = new PdfPCell(paragraph("Unterschrift\n" + label, 9, Font.NORMAL, Element.ALIGN_CENTER, 0));
        cell.setBorder(Rectangle.TOP);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPaddingTop(4);
        return cell;
    }

    private static PdfPCell blank() {
        var cell = new PdfPCell(paragraph("", 9, Font.NORMAL, Element.ALIGN_CENTER, 0));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static String hours(BigDecimal hours) {
        return NumberFormat.getNumberInstance(GERMAN).format(hours);
    }
}
