package org.cjoip.examples.cli;

/** The formats of commands that list things: text for a terminal, or JSON. */
enum ListingFormat {
  text,
  json
}
