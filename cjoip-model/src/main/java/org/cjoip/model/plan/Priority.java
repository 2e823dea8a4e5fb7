package org.cjoip.model.plan;

/** A deliverable's MoSCoW priority, as plans such as Perth and Kinross's mark it ("1.1 (M)"). */
public enum Priority {
  MUST,
  SHOULD,
  COULD,
  WONT
}
