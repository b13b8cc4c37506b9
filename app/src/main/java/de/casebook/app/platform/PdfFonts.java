package de.casebook.app.platform;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The font of every document Casebook prints: DejaVu Sans, embedded, with Unicode encoding, so that
 * names print as they are written (Çiğdem Öztürk-Łukasz, not "Çidem Öztürk" as with the standard
 * Helvetica and its Western encoding). The fonts come from the {@code jasperreports-fonts} artifact
 * (DejaVu licence, in the jar next to the fonts).
 */
public final class PdfFonts {

    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    /** The document font in the size, bold for {@link Font#BOLD} (and bold italic), regular otherwise. */
    public static Font font(float size, int style) {
        return new Font((style & Font.BOLD) != 0 ? BOLD : REGULAR, size);
    }

    private static BaseFont load(String file) {
        try {
            return BaseFont.createFont(DIRECTORY + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the document font " + file + " is missing from the classpath", e);
        }
    }
}
