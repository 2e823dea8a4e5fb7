package org.cjoip.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A page of {@code docs/} as its reader sees it: headings, fenced code blocks and tables. Tests
 * read the examples a page shows and hold them to what the code does, so a page cannot drift
 * from the program it describes.
 */
public final class DocPage {

  /**
   * A fenced code block.
   *
   * @param info the word after the opening fence ({@code yaml}, {@code text}, …), or empty
   * @param text the block's lines, each ending in a newline
   * @param section the heading the block stands under, without its {@code #}s
   * @param line the 1-based line of the opening fence
   */
  public record Block(String info, String text, String section, int line) {}

  private final String name;
  private final List<String> lines;

  private DocPage(String name, List<String> lines) {
    this.name = name;
    this.lines = lines;
  }

  /** Reads {@code docs/NAME} of the repository the test runs in (from a module's directory). */
  public static DocPage read(String name) {
    Path file = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve(name);
    try {
      return new DocPage(name, Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's whole text. */
  public String text() {
    return String.join("\n", lines) + "\n";
  }

  /** Every fenced code block, in page order. */
  public List<Block> blocks() {
    List<Block> out = new ArrayList<>();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        section = line.replaceFirst("^#+\\s*", "");
      } else if (line.startsWith("```")) {
        int start = i;
        StringBuilder text = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        if (i == lines.size()) {
          throw new AssertionError(name + ":" + (start + 1) + ": a code block is never closed");
        }
        out.add(new Block(line.substring(3).trim(), text.toString(), section, start + 1));
      }
    }
    return out;
  }

  /** The fenced code blocks whose info string is the one given, in page order. */
  public List<Block> blocks(String info) {
    return blocks().stream().filter(b -> b.info().equals(info)).toList();
  }

  /** The one block that holds a text, so a test can find an example by what it shows. */
  public Block blockWith(String info, String text) {
    List<Block> found = blocks(info).stream().filter(b -> b.text().contains(text)).toList();
    if (found.size() != 1) {
      throw new AssertionError(name + ": " + found.size() + " " + info + " blocks hold \""
          + text + "\"; expected one");
    }
    return found.get(0);
  }

  /**
   * The rows of the tables under a heading (up to the next heading of any level), each a list
   * of its trimmed cells; header rows and their rules are left out.
   */
  public List<List<String>> tableRows(String heading) {
    List<List<String>> rows = new ArrayList<>();
    boolean inSection = false;
    boolean header = true;
    boolean found = false;
    boolean[] code = inCode();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (code[i]) {
        header = true;
      } else if (line.startsWith("#")) {
        inSection = line.replaceFirst("^#+\\s*", "").equals(heading);
        found |= inSection;
        header = true;
      } else if (inSection && line.startsWith("|")) {
        if (line.matches("\\|[\\s:|-]+\\|?")) {
          header = false;
        } else if (!header) {
          String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1
              : line.length()).split("(?<!\\\\)\\|", -1);
          rows.add(Arrays.stream(cells).map(String::trim).toList());
        }
      } else {
        header = true;
      }
    }
    if (!found) {
      throw new AssertionError(name + ": no heading \"" + heading + "\"");
    }
    return rows;
  }

  /** The headings of a level ({@code 2} for {@code ##}), in page order. */
  public List<String> headings(int level) {
    String mark = "#".repeat(level) + " ";
    boolean[] code = inCode();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!code[i] && lines.get(i).startsWith(mark)) {
        out.add(lines.get(i).substring(mark.length()));
      }
    }
    return out;
  }

  /** The {@code ###} headings under a {@code ##} heading, in page order. */
  public List<String> subheadings(String heading) {
    boolean[] code = inCode();
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (code[i]) {
        continue;
      }
      if (line.startsWith("## ")) {
        in = line.substring(3).equals(heading);
      } else if (in && line.startsWith("### ")) {
        out.add(line.substring(4));
      }
    }
    return out;
  }

  /** Which lines belong to a fenced code block, fences included. */
  private boolean[] inCode() {
    boolean[] code = new boolean[lines.size()];
    boolean open = false;
    for (int i = 0; i < lines.size(); i++) {
      boolean fence = lines.get(i).startsWith("```");
      code[i] = open || fence;
      open = fence != open;
    }
    return code;
  }
}
