package nl.gezinsplan.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A stopped database folder as one zip file and back, readable by its owner only, as PostgreSQL requires. */
final class FolderArchive {

    /** Present only while a server or its JVM runs: not part of a backup. */
    private static final Set<String> RUNTIME_FILES = Set.of("postmaster.pid", "epg-lock");

    private FolderArchive() {
    }

    static void write(Path folder, Path archive) throws IOException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.filter(path -> !path.equals(folder))
                    .filter(path -> !RUNTIME_FILES.contains(folder.relativize(path).toString()))
                    .toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (Path path : entries) {
                // PostgreSQL needs its empty folders too, so folders are entries of their own
                String name = folder.relativize(path).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(Files.isDirectory(path) ? name + "/" : name));
                if (Files.isRegularFile(path)) {
                    Files.copy(path, zip);
                }
                zip.closeEntry();
            }
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void read(Path archive, Path folder) throws IOException {
        privateDirectory(folder);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path path = folder.resolve(entry.getName()).normalize();
                if (!path.startsWith(folder)) {
                    throw new IOException("The archive names a file outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    privateDirectory(path);
                } else {
                    try (OutputStream out = Files.newOutputStream(privateFile(path))) {
                        zip.transferTo(out);
                    }
                }
            }
        }
    }

    private static void privateDirectory(Path path) throws IOException {
        Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static Path privateFile(Path path) throws IOException {
        return Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
}
