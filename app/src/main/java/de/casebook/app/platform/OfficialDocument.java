package de.casebook.app.platform;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * A document Casebook hands to people: German as its declared language (screen readers pick the
 * right voice), titled and authored by the municipality, its title shown instead of the file name.
 */
public final class OfficialDocument {

    private OfficialDocument() {
    }

    public static byte[] render(Rectangle page, float margin, String title, String author, Consumer<Document> content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(page, margin, margin, margin, margin);
        var writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("de-DE"));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(title);
        document.addAuthor(author);
        document.addCreator("Casebook");
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }

    public static Paragraph paragraph(String text, float size, int style, int alignment, float spacingAfter) {
        var paragraph = new Paragraph(text, PdfFonts.font(size, style));
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    public static Paragraph centered(String text, float size, int style, float spacingAfter) {
        return paragraph(text, size, style, Element.ALIGN_CENTER, spacingAfter);
    }
}
