package jp.kikan.chihozei.kojinjuminzei.parameter.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Where the parameter files are read from: the jar's defaults, a directory, or files held in memory. */
@FunctionalInterface
public interface ParameterSource {

    /** The text of a file named relative to the parameter root (e.g. {@code index.yaml}). */
    String read(String name);

    /** The defaults shipped in the jar: {@code parameters/kojin-juminzei/}. */
    static ParameterSource classpath() {
        return classpath("parameters/kojin-juminzei/");
    }

    static ParameterSource classpath(String root) {
        return name -> {
            try (InputStream in = ParameterSource.class.getClassLoader().getResourceAsStream(root + name)) {
                if (in == null) {
                    throw new ParameterException(root + name + ": file not found on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static ParameterSource directory(Path root) {
        return name -> {
            try {
                return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new ParameterException(name + ": file not found in " + root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Files given as text (a simulation's inline parameter set, tests). */
    static ParameterSource of(Map<String, String> files) {
        return name -> {
            String text = files.get(name);
            if (text == null) {
                throw new ParameterException(name + ": file not given");
            }
            return text;
        };
    }
}
