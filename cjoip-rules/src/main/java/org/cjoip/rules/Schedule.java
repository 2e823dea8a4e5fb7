package org.cjoip.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.time.Timescale;
import org.cjoip.rules.facts.Closed;
import org.cjoip.rules.facts.DeliverableFact;
import org.cjoip.rules.facts.Due;
import org.cjoip.rules.facts.Recurring;

/**
 * The deliverables timeline, made from the due dates the rules derived and the findings as
 * finally reported: a deliverable is overdue on the timeline exactly when a CJ-DEL-005 finding
 * that no waiver covers says so, and shown overdue and waived when a waiver covers it.
 */
final class Schedule {

  private Schedule() {}

  /**
   * @param overdue the deliverables a standing CJ-DEL-005 finding is about
   * @param waived the deliverables a waived CJ-DEL-005 finding is about
   */
  static List<ScheduledDeliverable> of(Memory memory, java.util.Set<Object> overdue,
      java.util.Set<Object> waived, LocalDate asOf) {
    List<DeliverableFact> all = new ArrayList<>(memory.all(DeliverableFact.class));
    all.sort(Comparator.comparingInt(DeliverableFact::index));
    // Each deliverable's facts by its place in the document: a plan of 100,000 deliverables
    // reads them from arrays in order rather than from hash maps spread over memory.
    int places = all.isEmpty() ? 0 : all.get(all.size() - 1).index() + 1;
    Due[] due = new Due[places];
    memory.all(Due.class).forEach(d -> due[d.deliverable().index()] = d);
    Closed[] closed = new Closed[places];
    memory.all(Closed.class).forEach(c -> closed[c.deliverable().index()] = c);
    Recurring[] recurring = new Recurring[places];
    memory.all(Recurring.class).forEach(r -> recurring[r.deliverable().index()] = r);
    List<ScheduledDeliverable> out = new ArrayList<>(all.size());
    for (DeliverableFact d : all) {
      Optional<Due> when = Optional.ofNullable(due[d.index()]);
      Closed closing = closed[d.index()];
      Recurring recurs = recurring[d.index()];
      ScheduledDeliverable.State state;
      if (overdue.contains(d)) {
        state = ScheduledDeliverable.State.OVERDUE;
      } else if (waived.contains(d)) {
        state = ScheduledDeliverable.State.OVERDUE_WAIVED;
      } else if (closing != null) {
        state = closing.dropped() ? ScheduledDeliverable.State.DROPPED
            : ScheduledDeliverable.State.COMPLETE;
      } else if (recurs != null && when.isPresent()
          && when.get().date().isBefore(asOf)) {
        state = ScheduledDeliverable.State.RECURRING;
      } else if (when.isPresent()) {
        state = ScheduledDeliverable.State.DUE;
      } else if (d.timescaleKind() == Timescale.Kind.OPEN_ENDED) {
        state = ScheduledDeliverable.State.OPEN_ENDED;
      } else {
        state = ScheduledDeliverable.State.NO_DATE;
      }
      out.add(ScheduledDeliverable.builder()
          .path(d.path())
          .position(d.position())
          .priorityAction(d.priorityAction() > 0 ? Optional.of(d.priorityAction())
              : Optional.empty())
          .id(Optional.ofNullable(d.id()))
          .description(d.deliverable().description())
          .owners(d.deliverable().owners())
          .status(d.deliverable().status())
          .timescale(d.deliverable().timescale())
          .due(when.map(Due::date))
          .from(Optional.ofNullable(d.timescale()).flatMap(t -> t.from()))
          .recurrence(Optional.ofNullable(recurs).map(Recurring::recurrence))
          .state(state)
          .build());
    }
    return out;
  }
}
