package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import de.casebook.app.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Names print as written, whatever alphabet they come from, in a font carried inside the document. */
class PdfFontsTest {

    private static final String NAMES = "Çiğdem Öztürk-Łukasz, Jürgen Weiß, Renée Dvořák, Søren Ørsted";

    @Test
    void namesWithLettersBeyondLatin1SurviveInEmbeddedFonts() throws IOException {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(NAMES, PdfFonts.font(12, Font.NORMAL)));
        document.add(new Paragraph(NAMES, PdfFonts.font(18, Font.BOLD)));
        document.close();

        assertThat(PdfText.of(out.toByteArray())).contains(NAMES);
        assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1))
                .as("the font travels with the document").contains("/FontFile2", "+DejaVuSans");
    }
}
