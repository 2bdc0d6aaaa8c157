package kg.gov.kuzmat.web.faces;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The fonts of the portal's PDFs: Liberation Sans, embedded, which has the Cyrillic letters Kyrgyz
 * needs (ң, ө, ү); the standard PDF fonts have none.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("/liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("/liberation/LiberationSans-Bold.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = Objects.requireNonNull(PdfFonts.class.getResourceAsStream(resource), resource)) {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + resource, e);
        }
    }
}
