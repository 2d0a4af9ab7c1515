package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.report.ConclusionLinkRule;
import io.github.vanphong.report.ProgrammeConclusion;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The laws of the JSON form ({@link JsonLaws}) for a programme item linked to the session that concluded it ({@code
 * io.github.vanphong.report.ProgrammeConclusion}).
 */
class ProgrammeConclusionJsonProperties {

  @Property(tries = 20)
  void rulesObeyTheLaws(@ForAll ConclusionLinkRule rule) {
    JsonLaws.assertLaws(rule, ConclusionLinkRule.class);
  }

  @Property(tries = 30)
  void linksRoundTrip(@ForAll ProgrammeConclusion link) {
    JsonLaws.assertRoundTrip(link, ProgrammeConclusion.class);
  }

  /**
   * A field removed inside the briefing may leave a briefing that reads (its conclusions, say), which the link then
   * refuses as a whole: the law of removed fields holds for the briefing's own form, not for the link's.
   */
  @Property(tries = 5)
  void linksRefuseUnknownFieldsAndWrongTypes(@ForAll ProgrammeConclusion link) {
    JsonLaws.assertUnknownFieldsRefused(link, ProgrammeConclusion.class);
    JsonLaws.assertWrongTypesRefused(link, ProgrammeConclusion.class);
  }

  @Property(tries = 20)
  void aNumberNotTheBriefingsIsRefusedAtTheLink(@ForAll ProgrammeConclusion link) {
    ObjectNode tree = (ObjectNode) JsonLaws.MAPPER.readTree(JsonLaws.write(link));
    assertThat(tree.get("conclusion").asInt()).isEqualTo(link.conclusionNumber());
    tree.put("conclusion", link.briefing().conclusions().size() + 1);
    JsonNode changed = tree;
    JsonLaws.assertRefusedAt(changed.toString(), ProgrammeConclusion.class, "$");
  }
}
