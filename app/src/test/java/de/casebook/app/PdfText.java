package de.casebook.app;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The text of a PDF as a reader's copy and paste gets it: what the embedded font's Unicode map says. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's information dictionary, and its declared language as "Lang". */
    public static Map<String, String> info(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            var info = new HashMap<String, String>(reader.getInfo());
            var lang = reader.getCatalog().getAsString(PdfName.LANG);
            if (lang != null) {
                info.put("Lang", lang.toUnicodeString());
            }
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
