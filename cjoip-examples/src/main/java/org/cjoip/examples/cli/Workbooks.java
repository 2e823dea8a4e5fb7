package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.cjoip.model.document.DocumentException;

/** Writing workbooks for {@code export} and {@code template}: whole, or not at all. */
final class Workbooks {

  /** Something that writes a workbook to a stream. */
  interface Content {
    void write(OutputStream out) throws DocumentException;
  }

  private Workbooks() {}

  /** Refuses an output name that is not a workbook's: Excel opens .xlsx by its name. */
  static void checkName(Path output) {
    if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new Main.UsageException("--output: a workbook is written to a file named .xlsx, "
          + "not '" + output + "'");
    }
  }

  /**
   * Writes a workbook to a temporary file beside the target, then moves it into place, so a
   * refused plan or a failed write never leaves a partial workbook.
   */
  static void writeAtomically(Path target, Content content) throws DocumentException {
    try {
      Path tmp = Inputs.tempBeside(target);
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          content.write(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new Main.UsageException("cannot write " + target + ": " + e.getMessage());
    }
  }
}
