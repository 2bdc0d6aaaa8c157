package kg.gov.kuzmat.applicant;

import java.io.Serializable;

/** A document as it is downloaded. */
public record DocumentFile(String fileName, String contentType, byte[] content) implements Serializable {
}
