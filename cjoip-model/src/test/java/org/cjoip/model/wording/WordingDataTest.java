package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WordingDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode resource() throws IOException {
    try (InputStream in = WordingData.class.getResourceAsStream(WordingData.RESOURCE)) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  /** The resource with one field replaced: {@code path} is dotted, the value is JSON. */
  private static ObjectNode with(String path, String value) throws IOException {
    ObjectNode root = resource();
    String[] parts = path.split("\\.");
    ObjectNode parent = root;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = (ObjectNode) parent.get(parts[i]);
    }
    if (value.equals("absent")) {
      parent.remove(parts[parts.length - 1]);
    } else {
      parent.set(parts[parts.length - 1], JSON.readTree(value));
    }
    return root;
  }

  @Test
  void read_resourceGivesTheStandardData() throws IOException {
    WordingData read = WordingData.read(resource());
    WordingData standard = WordingData.standard();

    assertThat(read.symbols).isEqualTo(Map.of("%", "percentage", "&", "and"))
        .isEqualTo(standard.symbols);
    assertThat(read.abbreviations).containsEntry("dfp",
        List.of("diversion", "from", "prosecution")).isEqualTo(standard.abbreviations);
    assertThat(read.variants).containsEntry(List.of("policy", "custody"),
        List.of("police", "custody")).isEqualTo(standard.variants);
    assertThat(read.joinPrefixes)
        .containsExactly("co", "re", "pre", "non", "post", "multi", "inter", "sub");
    assertThat(read.quantityWords)
        .containsExactly("number", "percentage", "proportion", "rate", "count", "total");
    assertThat(read.relationWords)
        .containsExactly("to", "into", "than", "versus", "vs", "against");
    assertThat(read.stopWords).contains("a", "the", "and").isEqualTo(standard.stopWords);
    assertThat(read.opposites).startsWith(List.of("more", "fewer"), List.of("more", "less"))
        .hasSize(5);
    assertThat(read.minStem).isEqualTo(3);
    assertThat(read.derivedMinStem).isEqualTo(4);
    assertThat(read.inflections).startsWith(new WordingData.Suffix("ies", "y"))
        .endsWith(new WordingData.Suffix("s", "")).hasSize(6);
    assertThat(read.tenses).isEqualTo(standard.tenses).isNotEmpty();
    assertThat(read.derivations).isEqualTo(standard.derivations).isNotEmpty();
    assertThat(read.conjunctions).containsExactly("and", "or", "and/or");
    assertThat(read.unigramWeight).isEqualTo(0.7);
    assertThat(read.bigramWeight).isEqualTo(0.3);
    assertThat(read.bigramWindow).isEqualTo(1);
    assertThat(read.kindPenalty).isEqualTo(0.5);
    assertThat(read.contradictionPenalty).isEqualTo(0.3);
    assertThat(read.fuzzyMinLength).isEqualTo(5);
    assertThat(read.fuzzyMaxEdits).isEqualTo(standard.fuzzyMaxEdits);
    assertThat(read.close).isEqualTo(0.38);
    assertThat(read.margin).isEqualTo(0.1);
  }

  @Test
  void read_variantsLongestPhraseFirst() throws IOException {
    WordingData read = WordingData.read(with("variants",
        "{\"organization\": \"organisation\", \"policy custody\": \"police custody\","
            + " \"a b c\": \"d\"}"));

    assertThat(new ArrayList<>(read.variants.keySet()))
        .containsExactly(List.of("a", "b", "c"), List.of("policy", "custody"),
            List.of("organization"));
  }

  @Test
  void read_caseFoldsKeysAndWords() throws IOException {
    WordingData read = WordingData.read(with("abbreviations", "{\"DfP\": \"Diversion  From\"}"));

    assertThat(read.abbreviations).isEqualTo(Map.of("dfp", List.of("diversion", "from")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "stemming.minStem | 0",
      "scoring.bigramWindow | 1",
      "thresholds.close | 0",
      "thresholds.close | 1",
      "thresholds.margin | 0.0",
      "scoring.fuzzyMaxEdits | 0",
  })
  void read_acceptsBoundaryValues(String path, String value) throws IOException {
    WordingData read = WordingData.read(with(path, value));

    JsonNode expected = JSON.readTree(value);
    Object actual = switch (path) {
      case "stemming.minStem" -> read.minStem;
      case "scoring.bigramWindow" -> read.bigramWindow;
      case "thresholds.close" -> read.close;
      case "thresholds.margin" -> read.margin;
      default -> read.fuzzyMaxEdits;
    };
    assertThat(((Number) actual).doubleValue()).isEqualTo(expected.asDouble());
  }

  @Test
  void read_weightsMayPutEverythingOnOneSide() throws IOException {
    ObjectNode root = with("scoring.unigramWeight", "1");
    ((ObjectNode) root.get("scoring")).put("bigramWeight", 0);

    WordingData read = WordingData.read(root);

    assertThat(read.unigramWeight).isEqualTo(1.0);
    assertThat(read.bigramWeight).isEqualTo(0.0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "formatVersion | 2 | 'formatVersion' must be 1",
      "symbols | [] | 'symbols' must be an object",
      "symbols | {\"&\": 1} | 'symbols' must map words to text",
      "abbreviations | {\"dfp\": \"  \"} | a word list entry is blank",
      "variants | {\"x\": \"\"} | a word list entry is blank",
      "joinPrefixes | `\"co\"` | 'joinPrefixes' must be a list",
      "stopWords | [1] | 'stopWords' must hold only strings",
      "quantityWords | absent | 'quantityWords' must be a list",
      "relationWords | {} | 'relationWords' must be a list",
      "opposites | [[\"more\"]] | 'opposites' must hold pairs of words",
      "opposites | [\"more\"] | 'opposites' must be a list of strings",
      "stemming | [] | 'stemming' must be an object",
      "stemming.minStem | -1 | 'minStem' must be a non-negative integer",
      "stemming.derivedMinStem | 1.5 | 'derivedMinStem' must be a non-negative integer",
      "stemming.inflections | [[\"\", \"y\"]] | 'inflections' must hold [suffix, replacement]"
          + " pairs",
      "stemming.tenses | [[\"a\", \"b\", \"c\"]] | 'tenses' must hold [suffix, replacement] pairs",
      "stemming.derivations | [2] | 'derivations' must hold only strings",
      "splitter.conjunctions | absent | 'conjunctions' must be a list",
      "scoring.unigramWeight | 1.5 | 'unigramWeight' must be a number from 0 to 1",
      "scoring.bigramWeight | -0.1 | 'bigramWeight' must be a number from 0 to 1",
      "scoring.kindPenalty | `\"half\"` | 'kindPenalty' must be a number from 0 to 1",
      "scoring.contradictionPenalty | 2 | 'contradictionPenalty' must be a number from 0 to 1",
      "scoring.fuzzyMinLength | -5 | 'fuzzyMinLength' must be a non-negative integer",
      "scoring.bigramWindow | 0 | 'scoring': bigramWindow must be at least 1",
      "scoring.bigramWeight | 0.4 | 'scoring': unigramWeight and bigramWeight must add up to 1",
      "scoring.bigramWeight | 0.2 | 'scoring': unigramWeight and bigramWeight must add up to 1",
      "thresholds | absent | 'thresholds' must be an object",
      "thresholds.margin | 1.01 | 'margin' must be a number from 0 to 1",
  })
  void read_malformedDataNamesTheField(String path, String value, String message)
      throws IOException {
    ObjectNode root = with(path, value);

    assertThatThrownBy(() -> WordingData.read(root))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(WordingData.RESOURCE + ": " + message);
  }
}
