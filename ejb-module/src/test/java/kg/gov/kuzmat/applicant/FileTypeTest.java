package kg.gov.kuzmat.applicant;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A file is what its bytes say, whatever its name. */
class FileTypeTest {

    @Test
    void pdfJpegAndPngAreRecognisedFromTheirFirstBytes() {
        assertEquals(Optional.of(FileType.PDF), FileType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.JPEG), FileType.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of(FileType.PNG), FileType.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
    }

    @Test
    void programsTextAndTruncatedHeadersAreNotDocuments() {
        assertEquals(Optional.empty(), FileType.of(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}));
        assertEquals(Optional.empty(), FileType.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileType.of("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileType.of(new byte[0]));
        assertEquals(Optional.empty(), FileType.of(null));
    }

    @Test
    void theStoredNameLosesAnyPathAndEndsInTheRealType() {
        assertEquals("diploma.pdf", MyDocuments.safeName("C:\\Users\\me\\diploma.pdf", FileType.PDF));
        assertEquals("passwd.pdf", MyDocuments.safeName("../../etc/passwd", FileType.PDF));
        assertEquals("setup.pdf", MyDocuments.safeName("setup.exe", FileType.PDF));
        assertEquals("scan.png", MyDocuments.safeName("scan.jpg", FileType.PNG));
        assertEquals("document.jpg", MyDocuments.safeName("", FileType.JPEG));
        assertEquals(255, MyDocuments.safeName("x".repeat(400) + ".pdf", FileType.PDF).length());
    }
}
