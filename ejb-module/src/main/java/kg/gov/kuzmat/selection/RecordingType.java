package kg.gov.kuzmat.selection;

import java.util.Optional;

/** The audio and video formats an interview recording may have, recognised from the file's first bytes. */
public enum RecordingType {
    MP3("audio/mpeg", "mp3"),
    OGG("audio/ogg", "ogg"),
    WAV("audio/wav", "wav"),
    MP4("video/mp4", "mp4"),
    WEBM("video/webm", "webm");

    private final String contentType;
    private final String extension;

    RecordingType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public static Optional<RecordingType> of(byte[] content) {
        if (content == null || content.length < 12) {
            return Optional.empty();
        }
        if (starts(content, 0, 'I', 'D', '3') || ((content[0] & 0xFF) == 0xFF && (content[1] & 0xE0) == 0xE0)) {
            return Optional.of(MP3);
        }
        if (starts(content, 0, 'O', 'g', 'g', 'S')) {
            return Optional.of(OGG);
        }
        if (starts(content, 0, 'R', 'I', 'F', 'F') && starts(content, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of(WAV);
        }
        if (starts(content, 4, 'f', 't', 'y', 'p')) {
            return Optional.of(MP4);
        }
        if ((content[0] & 0xFF) == 0x1A && (content[1] & 0xFF) == 0x45 && (content[2] & 0xFF) == 0xDF && (content[3] & 0xFF) == 0xA3) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int offset, char... expected) {
        for (int i = 0; i < expected.length; i++) {
            if (content[offset + i] != (byte) expected[i]) {
                return false;
            }
        }
        return true;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

}
