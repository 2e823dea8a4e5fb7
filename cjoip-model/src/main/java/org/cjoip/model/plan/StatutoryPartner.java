package org.cjoip.model.plan;

/**
 * The eight categories of statutory community justice partner under the Community Justice
 * (Scotland) Act 2016, s13. Each local authority area's partners must plan together.
 */
public enum StatutoryPartner {
  /** Local authorities. */
  LOCAL_AUTHORITY("Local authority"),
  /** Health boards. */
  HEALTH_BOARD("Health board"),
  /** Integration joint boards for health and social care. */
  INTEGRATION_JOINT_BOARD("Integration joint board"),
  /** The Chief Constable of Police Scotland. */
  POLICE_SCOTLAND("Police Scotland"),
  /** The Scottish Fire and Rescue Service. */
  SCOTTISH_FIRE_AND_RESCUE("Scottish Fire and Rescue Service"),
  /** Skills Development Scotland. */
  SKILLS_DEVELOPMENT_SCOTLAND("Skills Development Scotland"),
  /** The Scottish Courts and Tribunals Service. */
  SCOTTISH_COURTS_AND_TRIBUNALS("Scottish Courts and Tribunals Service"),
  /**
   * The Scottish Ministers; in practice the Scottish Prison Service and the Crown Office and
   * Procurator Fiscal Service.
   */
  SCOTTISH_MINISTERS("Scottish Ministers (Scottish Prison Service, COPFS)");

  private final String label;

  StatutoryPartner(String label) {
    this.label = label;
  }

  /** How a report names the category. */
  public String label() {
    return label;
  }
}
