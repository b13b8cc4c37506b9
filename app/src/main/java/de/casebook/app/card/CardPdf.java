package de.casebook.app.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import de.casebook.app.platform.Municipalities;
import de.casebook.app.platform.OfficialDocument;
import de.casebook.app.platform.PublicLinks;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The printable card: holder, program, number, validity, and a QR code that opens the public check. */
@Component
class CardPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final Map<String, String> PROGRAMS = Map.of("nrw", "Ehrenamtskarte NRW",
            "nrw-jubilaeum", "Jubiläums-Ehrenamtskarte NRW", "rlp", "Ehrenamtskarte Rheinland-Pfalz",
            "by-blue", "Bayerische Ehrenamtskarte (blau)", "by-gold", "Bayerische Ehrenamtskarte (gold)");

    private final PublicLinks links;
    private final Municipalities municipalities;

    CardPdf(PublicLinks links, Municipalities municipalities) {
        this.links = links;
        this.municipalities = municipalities;
    }

    byte[] render(CardApplicationView application) {
        var card = application.card();
        var program = PROGRAMS.getOrDefault(application.program(), "Ehrenamtskarte");
        var issuer = municipalities.of(application.municipality()).name();
        return OfficialDocument.render(PageSize.A6.rotate(), 24, program + " " + card.number(), issuer, document -> {
            document.add(line(program, 16, Font.BOLD, 10));
            document.add(line(application.applicant().name(), 14, Font.BOLD, 6));
            document.add(line("Kartennummer " + card.number(), 10, Font.NORMAL, 2));
            document.add(line("Gültig ab " + DATE.format(card.validFrom()) + " bis "
                    + (card.validUntil() == null ? "unbefristet" : DATE.format(card.validUntil())), 10, Font.NORMAL, 2));
            document.add(line("Ausgestellt von " + issuer, 8, Font.NORMAL, 6));
            var qr = qrCode(links.to("/public/cards/" + card.verificationCode()));
            qr.scaleAbsolute(90, 90);
            qr.setAlignment(Element.ALIGN_LEFT);
            document.add(qr);
            document.add(line("Prüfcode " + card.verificationCode(), 8, Font.NORMAL, 0));
        });
    }

    private static Image qrCode(String content) {
        try {
            var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 180, 180,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? Color.BLACK.getRGB() : Color.WHITE.getRGB());
                }
            }
            return Image.getInstance(image, null);
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code for " + content, e);
        }
    }

    private static Paragraph line(String text, float size, int style, float spacingAfter) {
        return OfficialDocument.paragraph(text, size, style, Element.ALIGN_LEFT, spacingAfter);
    }
}
