package kg.gov.kuzmat.applicant;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the portal accepts, recognised from their first bytes ("magic numbers"), never from
 * the name or the type the browser claims: a program renamed to .pdf is still a program.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    FileType(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content != null && content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }


    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
