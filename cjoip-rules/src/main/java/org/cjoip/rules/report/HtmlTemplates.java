package org.cjoip.rules.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * How cjoip's HTML pages (the board page, the published report, the national page) load their
 * templates: from the class path, every text HTML-escaped, a misspelt variable an error. Shared
 * so that the pages cannot drift apart on escaping.
 */
public final class HtmlTemplates {

  private HtmlTemplates() {}

  /**
   * A compiled template, thread-safe; load it once.
   *
   * @param owner a class whose class loader holds the template
   * @param directory the template's directory on the class path, ending in {@code /}
   * @param name the template's file name
   */
  public static PebbleTemplate load(Class<?> owner, String directory, String name) {
    ClasspathLoader loader = new ClasspathLoader(owner.getClassLoader());
    loader.setPrefix(directory);
    return new PebbleEngine.Builder()
        .loader(loader)
        // Escaping is the default; said here so that no one turns it off by accident.
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        // A misspelt variable is a bug to see, not an empty string in a published page.
        .strictVariables(true)
        .build()
        .getTemplate(name);
  }
}
