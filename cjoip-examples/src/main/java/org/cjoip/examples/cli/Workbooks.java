package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cjoip.model.document.DocumentException;

/** Writing workbooks for {@code export} and {@code template}: whole, or not at all. */
final class Workbooks {

  /** Something that writes a workbook to a stream. */
  interface Content {
    void write(OutputStream out) throws IOException, DocumentException;
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
   * Writes a workbook through a temporary file beside the target, moved into place once whole,
   * so a refused plan or a failed write never leaves a partial workbook.
   *
   * @param inputs the files the command reads, which the target may not be
   */
  static void writeAtomically(Path target, List<Path> inputs, Content content)
      throws DocumentException {
    Output.to(target, inputs).writeBytes(content::write);
  }
}
