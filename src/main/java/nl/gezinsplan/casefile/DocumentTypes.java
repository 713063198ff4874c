package nl.gezinsplan.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Which files the case file takes, by their content (Apache Tika's magic bytes), not their name: PDF, images, Office
 * files and e-mail. The name only narrows a type the content shows down to a kind of it (a Word file is a zip with
 * Office's parts inside; the name says Word rather than PowerPoint); content that shows no type at all, or another
 * (a program renamed to .pdf), is refused whatever its name.
 */
final class DocumentTypes {

    private static final Set<String> PREVIEWABLE = Set.of(
            "application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp");

    private static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp", "image/heic",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "message/rfc822", "application/vnd.ms-outlook");

    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

    private DocumentTypes() {
    }

    /** The accepted type of the content, or empty when the content is none of the accepted types. */
    static Optional<String> detect(byte[] content, String fileName) {
        MediaType byContent = detect(content, new Metadata());
        if (MediaType.OCTET_STREAM.equals(byContent)) {
            return Optional.empty();
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String type = detect(content, named).getBaseType().toString();
        return ACCEPTED.contains(type) ? Optional.of(type) : Optional.empty();
    }

    static boolean previewable(String mediaType) {
        return PREVIEWABLE.contains(mediaType);
    }

    private static MediaType detect(byte[] content, Metadata metadata) {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            return DETECTOR.detect(stream, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
